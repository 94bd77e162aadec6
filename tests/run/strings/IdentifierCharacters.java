// Character's identifier predicates over every char, summarised: counts and checksums of the matches
public class IdentifierCharacters {
    public static void main(String[] args) {
        long[] counts = new long[7];
        long[] sums = new long[7];
        for (int c = 0; c <= 0xFFFF; c++) {
            char ch = (char) c;
            boolean[] tests = {Character.isIdentifierIgnorable(ch), Character.isUnicodeIdentifierStart(ch), Character.isUnicodeIdentifierPart(ch),
                Character.isJavaLetter(ch), Character.isJavaLetterOrDigit(ch), Character.isSpace(ch), Character.isIdentifierIgnorable(c)};
            for (int t = 0; t < tests.length; t++) {
                if (tests[t]) {
                    counts[t]++;
                    sums[t] = sums[t] * 31 + c;
                }
            }
        }
        for (int t = 0; t < counts.length; t++) System.out.println(t + " " + counts[t] + " " + sums[t]);
        int[] samples = {0x1885, 0x2118, 0x2E2F, 0x00B7, 0x19DA, 0x200D, 0xFEFF, 0x1F600, 0x10400, 0xE0001, 0x1D7CE};
        for (int cp : samples) {
            System.out.println(Integer.toHexString(cp) + " " + Character.isUnicodeIdentifierStart(cp) + " " + Character.isUnicodeIdentifierPart(cp) + " " + Character.isIdentifierIgnorable(cp));
        }
    }
}
