public class SpiralOfSquares {
    public static void main(String[] args) {
        long a = 1, b = 1;
        double ratio = 0;
        for (int i = 0; i < 40; i++) {
            long c = a + b;
            a = b;
            b = c;
            ratio = (double) b / a;
        }
        System.out.println("golden ratio approx " + ratio + " exact " + (1 + Math.sqrt(5)) / 2);
        double x = 1;
        for (int i = 0; i < 10; i++) x = 1 + 1 / x;
        System.out.println("continued fraction " + x);
        double area = 0;
        long f1 = 1, f2 = 1;
        for (int i = 0; i < 10; i++) { area += f1 * f1; long t = f1 + f2; f1 = f2; f2 = t; }
        System.out.println("sum of squares " + (long) area + " = " + f1 + " * " + (f2 - f1));
    }
}
