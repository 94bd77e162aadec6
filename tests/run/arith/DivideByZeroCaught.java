public class DivideByZeroCaught {
    public static void main(String[] args) {
        int zero = 0;
        try { System.out.println(10 / zero); } catch (ArithmeticException e) { System.out.println("caught: " + e.getMessage()); }
        try { System.out.println(10 % zero); } catch (ArithmeticException e) { System.out.println("caught again: " + e.getMessage()); }
        try { System.out.println(10L / (long) zero); } catch (ArithmeticException e) { System.out.println("long: " + e.getMessage()); }
    }
}
