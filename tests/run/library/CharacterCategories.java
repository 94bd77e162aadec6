// Character.getType and isDefined give Unicode's general category, as the JDK's tables do, for ASCII,
// Latin-1, other scripts, symbols, unassigned and supplementary code points; and a word counter that
// classifies a line by category.
import java.util.*;

public class CharacterCategories {
    public static void main(String[] args) {
        String sample = "Aa1 _-([{)]}!\"#%&'*,./:;?@\\+<=>|~$^`\t\n\u00a0\u00b2\u00bd\u00e9\u00df\u01c5\u02b0\u0301\u0660\u0905\u2028\u2029\u20ac\u2122\u2160\u3007\u4e2d\uac00\uff21\ufb01\ud800\ue000\uffff\u0378";
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < sample.length(); i++) {
            char c = sample.charAt(i);
            line.append(Character.getType(c)).append(Character.isDefined(c) ? "" : "?").append(' ');
        }
        System.out.println(line.toString().trim());
        int[] points = {0x1F600, 0x1D400, 0x10400, 0x10428, 0x20000, 0xE0001, 0xF0000, 0x10FFFF, 0x110000, -1, 0x1F1E6, 0x1D7CE};
        StringBuilder supplementary = new StringBuilder();
        for (int p : points) supplementary.append(Character.getType(p)).append(Character.isDefined(p) ? "" : "?").append(' ');
        System.out.println(supplementary.toString().trim());
        Map<Integer, Integer> histogram = new TreeMap<>();
        for (int c = 0; c < 0x3000; c++) histogram.merge(Character.getType((char) c), 1, Integer::sum);
        System.out.println(histogram);
        String text = "Hello, Wörld! Ünïcödé ταχύτητα 速度 123 — €5.";
        int letters = 0, upper = 0, digits = 0, punctuation = 0, symbols = 0, spaces = 0;
        for (int i = 0; i < text.length(); i++) {
            switch (Character.getType(text.charAt(i))) {
                case Character.UPPERCASE_LETTER: upper++; letters++; break;
                case Character.LOWERCASE_LETTER: case Character.OTHER_LETTER: letters++; break;
                case Character.DECIMAL_DIGIT_NUMBER: digits++; break;
                case Character.SPACE_SEPARATOR: spaces++; break;
                case Character.CURRENCY_SYMBOL: case Character.MATH_SYMBOL: symbols++; break;
                default: punctuation++;
            }
        }
        System.out.println(letters + " " + upper + " " + digits + " " + punctuation + " " + symbols + " " + spaces);
    }
}
