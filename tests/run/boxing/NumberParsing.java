public class NumberParsing {
    static void tryParseInt(String text) {
        try {
            System.out.println("int " + text + " -> " + Integer.parseInt(text));
        } catch (NumberFormatException e) {
            System.out.println("int " + text + " -> " + e.getMessage());
        }
    }

    static void tryParseLong(String text) {
        try {
            System.out.println("long " + text + " -> " + Long.parseLong(text));
        } catch (NumberFormatException e) {
            System.out.println("long " + text + " -> " + e.getMessage());
        }
    }

    public static void main(String[] args) {
        String[] ints = {"0", "-0", "+15", "2147483647", "-2147483648", "2147483648", "12a", "", "-", " 5", "007"};
        for (String s : ints) tryParseInt(s);
        String[] longs = {"9223372036854775807", "-9223372036854775808", "9223372036854775808", "123456789012", "x"};
        for (String s : longs) tryParseLong(s);
        System.out.println(Integer.parseInt("7fffffff", 16) + " " + Integer.parseInt("-1010", 2) + " " + Integer.parseInt("zz", 36));
        System.out.println(Long.parseLong("777", 8) + " " + Integer.toString(255, 16) + " " + Integer.toString(-255, 2) + " " + Long.toString(1L << 62, 36));
        System.out.println(Integer.toOctalString(8) + " " + Integer.toHexString(-1) + " " + Integer.toBinaryString(10) + " " + Long.toBinaryString(5L));
        try {
            Integer.parseInt(null);
        } catch (NumberFormatException e) {
            System.out.println(e.getMessage());
        }
    }
}
