public class UnicodeAndEscapes {
    public static void main(String[] args) {
        String s = "tab\there \"quoted\" back\\slash caf\u00e9 \u03c0\u2248\u0033.14 \ud83d\ude00";
        System.out.println(s);
        System.out.println(s.length() + " " + s.indexOf('\u03c0') + " " + (int) s.charAt(s.length() - 1) + " " + Character.isLetter('\u00e9'));
        StringBuilder codes = new StringBuilder();
        for (char c : "A\u00e9\u03c0".toCharArray()) codes.append(Integer.toHexString(c)).append(' ');
        System.out.println(codes.toString().trim());
        char[] emoji = "\ud83d\ude00".toCharArray();
        System.out.println(emoji.length + " " + Character.isHighSurrogate(emoji[0]) + " " + Character.isLowSurrogate(emoji[1]));
        System.out.println("line1\nline2\r\nline3".split("\n").length + " " + "\u0000".length() + " [" + "\u0041\u0042" + "]");
    }
}
