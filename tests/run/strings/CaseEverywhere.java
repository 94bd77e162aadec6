// Case mapping across Unicode: Vietnamese, Greek Extended, Armenian, Georgian, Cherokee, Glagolitic,
// Deseret and Adlam (supplementary), titlecase digraphs, String.toUpperCase's expansions (ß, ﬁ, ŉ, ΐ, ᾳ),
// equalsIgnoreCase and compareToIgnoreCase by code point, and every code point's mappings summed.
import java.util.*;

public class CaseEverywhere {
    static String hex(String s) {
        StringBuilder sb = new StringBuilder();
        s.codePoints().forEach(c -> sb.append(Integer.toHexString(c)).append(' '));
        return sb.toString().trim();
    }
    public static void main(String[] args) {
        String[] words = {"Tiếng Việt có dấu", "ǆungla ǈubav ǋ", "Ὀδυσσεύς ᾳ ῼ", "Ελληνικά ΣΟΦΟΣ", "Հայերեն", "ქართული", "ᏣᎳᎩ", "Ⰰⰰ", "𐐀𐐨 𞤀𞤢", "straße ﬁne ﬀ ŉ ǰ ΐ", "İstanbul", "ÀÉÎÕÜ àéîõü", "Ǎǎ Ǐǐ Ǒǒ Ǔǔ", "ɐɑɒ Ɐ Ɑ", "ⓐⓑ Ⓐ", "ａｂｃ ＡＢＣ", "Ꙁ ꙁ Ꜣ ꜣ", "µ ÿ ſ K Å"};
        for (String w : words) {
            String up = w.toUpperCase();
            String low = w.toLowerCase();
            System.out.println(w + " | " + up + " | " + low + " | " + up.length() + " " + low.length());
            System.out.println("  " + hex(up));
            System.out.println("  " + hex(low));
            System.out.println("  " + w.equalsIgnoreCase(up) + " " + w.equalsIgnoreCase(low) + " " + w.compareToIgnoreCase(low) + " " + up.toLowerCase().equals(low));
        }
        int changedUpper = 0, changedLower = 0, title = 0;
        long sum = 0;
        for (int c = 0; c <= Character.MAX_CODE_POINT; c++) {
            int u = Character.toUpperCase(c), l = Character.toLowerCase(c), t = Character.toTitleCase(c);
            if (u != c) { changedUpper++; sum += (long) (u - c) * (c % 97 + 1); }
            if (l != c) { changedLower++; sum += (long) (l - c) * (c % 89 + 1); }
            if (t != u) title++;
        }
        System.out.println(changedUpper + " " + changedLower + " " + title + " " + sum);
        int units = 0;
        for (char c = 0; c < 0xFFFF; c++) {
            if (Character.toUpperCase(c) != c) units += 1;
            if (Character.toLowerCase(c) != c) units += 2;
            if (Character.toTitleCase(c) != c) units += 4;
        }
        System.out.println(units);
        for (char c : "aǅǆǇƀɓ".toCharArray()) System.out.print(Character.toTitleCase(c) + "" + Character.toUpperCase(c) + Character.toLowerCase(c) + " ");
        System.out.println();
        Map<String, Integer> seen = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (String w : "Ärger ärger ÄRGER Öl öl Ωmega ωMEGA".split(" ")) seen.merge(w, 1, Integer::sum);
        System.out.println(seen);
    }
}
