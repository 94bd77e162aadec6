public class DoubleArith {
    public static void main(String[] args) {
        double a = 1.5;
        double b = 2.25;
        System.out.println(a + b);
        System.out.println(a - b);
        System.out.println(a * b);
        System.out.println(a / b);
        System.out.println(1.0 / 3.0);
        System.out.println(2.0 / 3.0);
        double zero = 0.0;
        System.out.println(1.0 / zero);
        System.out.println(-1.0 / zero);
        System.out.println(zero / zero);
        System.out.println(-0.0);
        System.out.println(-a);
        System.out.println(10000000000.0);
        System.out.println(0.00001);
        System.out.println(123456789.0);
        System.out.println(100.0);
        System.out.println(0.001);
        System.out.println(9999999.0);
        System.out.println(10000000.0);
        System.out.println(3.141592653589793);
        System.out.println(1.0E-300);
        System.out.println(0.5 * 0.25);
    }
}
