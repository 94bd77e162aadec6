public class UnicodeCase {
    public static void main(String[] args) {
        String[] words = {"caf\u00e9", "\u00c5ngstr\u00f6m", "\u0141\u00f3d\u017a", "\u0391\u03b8\u03ae\u03bd\u03b1", "\u041c\u043e\u0441\u043a\u0432\u0430", "stra\u00dfe"};
        for (String w : words) {
            System.out.println(w + " -> " + w.toUpperCase() + " / " + w.toLowerCase() + " letters " + countLetters(w));
        }
        char[] samples = {'\u00e9', '\u00c9', '\u00d7', '\u00f7', '\u0142', '\u03a9', '\u03c9', '\u0416', '\u0436', '\u4e2d', '1', '_'};
        for (char c : samples) {
            System.out.println(Integer.toHexString(c) + " upper " + Character.isUpperCase(c) + " lower " + Character.isLowerCase(c)
                + " letter " + Character.isLetter(c) + " -> " + Integer.toHexString(Character.toUpperCase(c)) + "/" + Integer.toHexString(Character.toLowerCase(c)));
        }
    }

    static int countLetters(String s) {
        int n = 0;
        for (char c : s.toCharArray()) if (Character.isLetter(c)) n++;
        return n;
    }
}
