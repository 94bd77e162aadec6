public class StringSearchAndReplace {
    public static void main(String[] args) {
        String s = "the quick brown fox jumps over the lazy dog";
        System.out.println(s.indexOf("the") + " " + s.lastIndexOf("the") + " " + s.lastIndexOf("the", 30) + " " + s.lastIndexOf("cat"));
        System.out.println(s.indexOf('o') + " " + s.lastIndexOf('o') + " " + s.lastIndexOf('o', 20) + " " + s.indexOf('o', 13));
        System.out.println(s.startsWith("quick", 4) + " " + s.startsWith("quick", 5) + " " + s.endsWith("dog") + " " + s.contains("fox j"));
        System.out.println(s.replace("the", "a") + " | " + s.replace('o', '0'));
        System.out.println("aaa".replace("aa", "b") + " " + "abc".replace("", "-") + " " + "x".repeat(5) + "|" + "ab".repeat(0) + "|");
        System.out.println("Hello".compareToIgnoreCase("hello") + " " + "apple".compareToIgnoreCase("Banana") + " " + "Zoo".compareToIgnoreCase("zebra"));
        System.out.println("[" + "  padded\t ".strip() + "] [" + "  padded\t ".trim() + "] " + "   ".isBlank() + " " + " a ".isBlank() + " " + "".isEmpty());
        System.out.println("abc".contentEquals("abc") + " " + "abc".codePointAt(1) + " " + ("ab" + "c").intern().equals("abc"));
        char[] letters = {'k', 'i', 'l', 'n', 's'};
        System.out.println(String.valueOf(letters, 1, 3) + " " + String.copyValueOf(letters) + " " + String.valueOf(2.5f) + " " + String.valueOf(true));
        System.out.println(String.join(", ", "alpha", "beta", "gamma") + " / " + String.join("", new String[] {"x", "y"}));
        System.out.println("MiXeD".toLowerCase() + " " + "MiXeD".toUpperCase() + " " + "mixed".equalsIgnoreCase("MIXED"));
        String csv = "one,two,,three,,";
        System.out.println(csv.substring(4) + " " + csv.substring(4, 7) + " " + csv.charAt(8) + " " + csv.length());
    }
}
