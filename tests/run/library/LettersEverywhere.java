// Character.isLetter, isLetterOrDigit, isAlphabetic and isJavaIdentifierStart/Part for letters of every script
// (full-width Latin, titlecase digraphs, ligatures, Devanagari, Thai, Ethiopic, Cherokee, supplementary
// mathematical letters) and for what is not a letter (marks, symbols, emoji, letter numbers), char and code point
// forms; and regex word boundaries around letters of common scripts.
public class LettersEverywhere {
    public static void main(String[] args) {
        int[] points = {'a', 'Z', '_', '$', '5', 'é', 'ß', 'ǅ', 'ﬁ', 'ｚ', 'Ａ', 'Ω', 'ж', 'א', 'ب', 'क', '्', 'ก', 'ሀ', 'Ꭰ', 'ー', '々', '〆', 'Ⅻ', 'ⅻ', '½', '²', '©', '€', '∑', 'ª', 'º', 'ʰ', 0x1D400, 0x1D7CE, 0x1F600, 0x10400, 0x20000, 0x10FFFF, -1};
        for (int p : points) {
            StringBuilder line = new StringBuilder(Integer.toHexString(p));
            line.append(" letter=").append(Character.isLetter(p)).append(" letterOrDigit=").append(Character.isLetterOrDigit(p))
                .append(" alphabetic=").append(Character.isAlphabetic(p)).append(" digit=").append(Character.isDigit(p))
                .append(" idStart=").append(Character.isJavaIdentifierStart(p)).append(" idPart=").append(Character.isJavaIdentifierPart(p))
                .append(" type=").append(Character.getType(p));
            if (p >= 0 && p <= 0xFFFF) line.append(" charLetter=").append(Character.isLetter((char) p)).append(" charLetterOrDigit=").append(Character.isLetterOrDigit((char) p));
            System.out.println(line);
        }
        String text = "naïve café — Ωmega, жизнь; שלום! 東京 and ｆｕｌｌ";
        System.out.println(String.join("|", text.split("\\b")));
        System.out.println(text.replaceAll("\\b(\\w)", "[$1]"));
        long letters = text.codePoints().filter(Character::isLetter).count();
        System.out.println(letters + " letters, lower " + text.toLowerCase() + ", upper " + text.toUpperCase());
        System.out.println("ΟΔΟΣ ΣΑΣ".toLowerCase());
    }
}
