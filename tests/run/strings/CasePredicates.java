// Character's case and property predicates over every code point (count and checksum of those that hold), and
// the final sigma of String.toLowerCase after letters with and without case mappings.
import java.util.function.IntPredicate;

public class CasePredicates {
    static void summarise(String name, IntPredicate holds) {
        int count = 0;
        long sum = 0;
        for (int code = 0; code <= Character.MAX_CODE_POINT; code++) {
            if (holds.test(code)) {
                count++;
                sum = sum * 31 + code;
            }
        }
        System.out.println(name + ": " + count + " " + Long.toHexString(sum));
    }

    public static void main(String[] args) {
        summarise("isLowerCase", Character::isLowerCase);
        summarise("isUpperCase", Character::isUpperCase);
        summarise("isTitleCase", Character::isTitleCase);
        summarise("isAlphabetic", Character::isAlphabetic);
        summarise("isMirrored", Character::isMirrored);
        summarise("isLetter", Character::isLetter);
        int charCount = 0;
        for (char c = 0; c < 0xFFFF; c++) {
            if (Character.isLowerCase(c) != Character.isLowerCase((int) c)) charCount++;
            if (Character.isUpperCase(c) != Character.isUpperCase((int) c)) charCount++;
            if (Character.isTitleCase(c) != Character.isTitleCase((int) c)) charCount++;
            if (Character.isMirrored(c) != Character.isMirrored((int) c)) charCount++;
        }
        System.out.println("char and int overloads disagree: " + charCount);
        System.out.println("ΟΔΟΣ ΟΔΟΣ.".toLowerCase() + " " + "ªΣ ßΣ ĸΣ Σ".toLowerCase() + " " + "ǅΣ x".toLowerCase());
        System.out.println(Character.isLowerCase('ệ') + " " + Character.isUpperCase('Ệ') + " " + Character.isLowerCase('ƀ')
            + " " + Character.isUpperCase('Ա') + " " + Character.isLowerCase('ա') + " " + Character.isUpperCase('Ⅻ')
            + " " + Character.isLowerCase('ⓐ') + " " + Character.isAlphabetic('ा') + " " + Character.isMirrored('(')
            + " " + Character.isMirrored('a') + " " + Character.isTitleCase('ᾈ'));
    }
}
