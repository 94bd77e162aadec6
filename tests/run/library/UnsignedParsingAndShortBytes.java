// Integer.parseUnsignedInt with the JDK's messages, Short.reverseBytes, and the MIN_NORMAL constants.
public class UnsignedParsingAndShortBytes {
    static void parse(String text, int radix) {
        try {
            System.out.println(text + " -> " + Integer.parseUnsignedInt(text, radix));
        } catch (NumberFormatException e) {
            System.out.println(text + " -> NumberFormatException " + e.getMessage());
        }
    }

    public static void main(String[] args) {
        String[] inputs = {"4294967295", "0", "123", "4294967296", "-1", "", "ffffffff", null, "+5", "12x", "2147483648"};
        for (String text : inputs) parse(text, 10);
        parse("ffffffff", 16);
        parse("100000000", 16);
        parse("11111111111111111111111111111111", 2);
        System.out.println(Integer.parseUnsignedInt("3000000000") + " " + Integer.toUnsignedString(Integer.parseUnsignedInt("3000000000")));
        short[] shorts = {0x0102, -2, 0, Short.MAX_VALUE, Short.MIN_VALUE, 0x00ff};
        for (short value : shorts) System.out.print(Short.reverseBytes(value) + " ");
        System.out.println();
        System.out.println(Float.floatToIntBits(Float.MIN_NORMAL) + " " + Double.MIN_NORMAL + " " + (Double.MIN_NORMAL / 2 > 0));
    }
}
