// Byte.parseByte and Short.parseShort with the JDK's range messages, Math.floorMod(long, int), Math.absExact.
public class NarrowParsingAndAbsExact {
    public static void main(String[] args) {
        String[] inputs = {"127", "-128", "128", "-129", "x", "", null, "+7", "70000"};
        for (String text : inputs) {
            try {
                System.out.println(Byte.parseByte(text));
            } catch (NumberFormatException e) {
                System.out.println("NFE " + e.getMessage());
            }
            try {
                System.out.println(Short.parseShort(text));
            } catch (NumberFormatException e) {
                System.out.println("NFE " + e.getMessage());
            }
        }
        try {
            System.out.println(Byte.parseByte("ff", 16));
        } catch (NumberFormatException e) {
            System.out.println("NFE " + e.getMessage());
        }
        System.out.println(Byte.parseByte("7f", 16) + " " + Short.parseShort("-7fff", 16) + " " + Math.floorMod(-7L, 3)
            + " " + Math.absExact(-5) + " " + Math.absExact(-5L));
        try {
            Math.absExact(Integer.MIN_VALUE);
        } catch (ArithmeticException e) {
            System.out.println("AE " + e.getMessage());
        }
        try {
            Math.absExact(Long.MIN_VALUE);
        } catch (ArithmeticException e) {
            System.out.println("AE " + e.getMessage());
        }
    }
}
