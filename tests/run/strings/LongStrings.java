public class LongStrings {
    public static void main(String[] args) {
        String s = "";
        int i = 0;
        while (i < 3000) { s = s + "ab\u00e9"; i = i + 1; }
        System.out.println(s.length());
        System.out.println(s);
    }
}
