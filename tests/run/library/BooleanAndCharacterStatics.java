public class BooleanAndCharacterStatics {
    public static void main(String[] args) {
        String[] words = {"true", "TRUE", "yes", "false", "True"};
        for (String w : words) {
            System.out.println(w + " -> " + Boolean.parseBoolean(w) + " " + Boolean.valueOf(w));
        }
        System.out.println(Boolean.compare(true, false) + " " + Boolean.compare(false, true) + " " + Boolean.compare(true, true));
        System.out.println(Boolean.logicalAnd(true, false) + " " + Boolean.logicalOr(true, false) + " " + Boolean.logicalXor(true, true));
        System.out.println(Boolean.hashCode(true) + " " + Boolean.hashCode(false));
        Boolean b = true;
        System.out.println(b.compareTo(false) + " " + b.booleanValue());
        char[] chars = {'0', '7', '9', 'a', 'f', 'z', 'A', 'Z', ' ', '%'};
        for (char c : chars) {
            System.out.println(c + ": digit10 " + Character.digit(c, 10) + " digit16 " + Character.digit(c, 16)
                + " digit36 " + Character.digit(c, 36) + " letter " + Character.isLetter(c) + " space " + Character.isSpaceChar(c)
                + " alpha " + Character.isAlphabetic(c));
        }
        for (int d = 0; d < 16; d += 3) {
            System.out.println(d + " -> " + Character.forDigit(d, 16) + Character.forDigit(d, 10));
        }
        System.out.println(Character.compare('a', 'b') + " " + Character.hashCode('A'));
        Character c = 'q';
        System.out.println(c.compareTo('a') + " " + c.charValue());
    }
}
