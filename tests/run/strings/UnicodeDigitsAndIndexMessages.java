import java.util.*;

public class UnicodeDigitsAndIndexMessages {
    interface Action { void run(); }

    static void attempt(String name, Action action) {
        try {
            action.run();
            System.out.println(name + ": ok");
        } catch (RuntimeException e) {
            System.out.println(name + ": " + e);
        }
    }

    public static void main(String[] args) {
        String arabic = "\u0661\u0662\u0663";
        String devanagari = "\u0967\u0966";
        System.out.println(Character.isDigit('\u0663') + " " + Character.getNumericValue('\u0663') + " " + Character.digit('\u0663', 10) + " " + Integer.parseInt(arabic) + " " + Integer.parseInt(devanagari) + " " + Character.isLetterOrDigit('\u0967'));
        System.out.println(Character.digit('\uff21', 16) + " " + Character.digit('\uff46', 16) + " " + Character.getNumericValue('\u00e9') + " " + Character.getNumericValue('z') + " " + Character.isDigit(0x1D7CE) + " " + Character.digit(0x1D7D0, 10));
        System.out.println(Character.isWhitespace('\u2003') + " " + Character.isWhitespace('\u00a0') + " " + Character.isWhitespace('\u2007') + " " + Character.isSpaceChar('\u2007') + " " + Character.isSpaceChar('\u3000') + " " + Character.isWhitespace('\u3000'));
        System.out.println("[" + "\u2003 text \u3000".strip() + "][" + "\u2003 text \u3000".trim() + "] " + "\u2003".isBlank());
        String emoji = "a\uD83D\uDE00b";
        System.out.println(emoji.codePointAt(1) + " " + emoji.codePointAt(2) + " " + emoji.codePointCount(0, emoji.length()) + " " + new StringBuilder(emoji).reverse().codePointAt(1) + " " + new StringBuilder("x\uD83D\uDE00\uD83D\uDE01y").reverse().toString().codePoints().count());
        System.out.println("\u0130stanbul".toLowerCase().length() + " " + "\u039f\u0394\u039f\u03a3 \u03a3\u039f\u03a6\u039f\u03a3".toLowerCase() + " " + "STRASSE".toLowerCase());
        System.out.println(String.format("%+.1f|%+e|%(f|%C|%H|%S", Double.NaN, Double.NaN, Double.NEGATIVE_INFINITY, 'q', "hi", "mixed Case"));
        System.out.println(Double.parseDouble("0x1p4") + " " + Double.parseDouble("-0x1.8p1") + " " + Double.parseDouble("0X.8P0") + " " + Double.parseDouble("0x1.fffffffffffffp1023") + " " + Double.parseDouble("0x1p-1074") + " " + Double.parseDouble("0x1p-1075") + " " + Double.parseDouble("0x1.8p-1074") + " " + Float.parseFloat("0x1p3f") + " " + Double.valueOf("  0xAp0d "));
        attempt("hex without exponent", () -> Double.parseDouble("0x10"));

        StringBuilder sb = new StringBuilder("ab");
        attempt("charAt", () -> sb.charAt(5));
        attempt("setCharAt", () -> sb.setCharAt(-1, 'x'));
        attempt("deleteCharAt", () -> sb.deleteCharAt(2));
        attempt("insert", () -> sb.insert(3, "x"));
        attempt("insert char", () -> sb.insert(-1, 'c'));
        attempt("replace", () -> sb.replace(5, 6, "x"));
        attempt("substring", () -> sb.substring(3));
        attempt("substring range", () -> sb.substring(1, 0));
        attempt("delete", () -> sb.delete(3, 1));
        attempt("codePointAt", () -> "abc".codePointAt(3));
        attempt("valueOf range", () -> String.valueOf(new char[]{'a'}, 1, 3));
        attempt("copyValueOf range", () -> String.copyValueOf(new char[]{'a', 'b'}, -1, 1));
        System.out.println(sb);
    }
}
