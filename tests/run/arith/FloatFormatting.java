// FloatFormatting: floating-point printing, String.format and Math
public class FloatFormatting {
    public static void main(String[] args) {
        double[] ds = {0.0, -0.0, 1.0, 0.1, 1.0/3, 100.0, 1e7, 1.0e-3, 9.999999e-4, 12345678.9, 1e21, 1.0E-5, 123456789012.0,
            Double.MAX_VALUE, Double.MIN_VALUE, Double.MIN_NORMAL, Double.NaN, Double.POSITIVE_INFINITY, -1.5e-300, 2.0/3, 4.35, 0.3};
        for (double d : ds) {
            System.out.println(d + " | " + (float) d + " | " + String.format("%.3f|%e|%g|%10.2f|%-12.4e|%a", d, d, d, d, d, d));
        }
        float[] fs = {0.1f, 1.0f/3, 16777216f, 1e10f, 3.4028235e38f, 1.4e-45f, 123.456f, -0.0f};
        for (float f : fs) System.out.println(f + " " + (double) f + " " + Float.toString(f * 2));
        System.out.println(String.format("[%5d][%-5d][%05d][%+d][%,d][%x][%X][%o][%08.3f][%s][%S][%c][%b][%%][%n]", 42, 42, 42, 42, 1234567, 255, 255, 8, 3.14159, "str", "str", 'q', null));
        System.out.println(String.format("%10s|%-10s|%.2s|%3$s", "ab", "cd", "efgh"));
        System.out.println(String.format("%,.2f %,d %(d %(.1f % d", 1234567.891, -9876543, -5, -2.5, 7));
        System.out.println(String.format("%d %d %d %d", (byte) -1, (short) 300, 5L, Long.MIN_VALUE));
        System.out.println(String.format("%x %x %o", -1, -1L, -8));
        System.out.println(String.format("%.0f %.0f %.0f %.0f %.1f %.1f", 0.5, 1.5, 2.5, -0.5, 0.05, 0.15));
        System.out.println(String.format("%e %.0e %E", 0.0, 12345.0, 1e-10));
        System.out.println(String.format("%g %g %g %g", 1e-5, 123456.0, 1234567.0, 0.0001));
        System.out.println(String.format("%h %h", "hi", 17));
        System.out.println(Math.sqrt(2) + " " + Math.cbrt(27) + " " + Math.pow(2, 0.5) + " " + Math.pow(-8, 1.0/3) + " " + Math.hypot(3, 4));
        System.out.println(Math.round(2.5) + " " + Math.round(-2.5) + " " + Math.round(0.49999999999999994) + " " + Math.round(2.5f) + " " + Math.rint(2.5) + " " + Math.rint(3.5));
        System.out.println(Math.floor(-1.1) + " " + Math.ceil(-1.1) + " " + Math.ceil(-0.5) + " " + Math.signum(-3.0) + " " + Math.copySign(1.0, -0.0));
        System.out.println(Math.log(10) + " " + Math.log10(1000) + " " + Math.exp(1) + " " + Math.log1p(1e-10) + " " + Math.expm1(1e-10));
        System.out.println(Math.atan2(1, 1) + " " + Math.toDegrees(Math.PI) + " " + Math.toRadians(180) + " " + Math.asin(1) + " " + Math.acos(0.5));
        System.out.println(Math.max(-0.0, 0.0) + " " + Math.min(-0.0, 0.0) + " " + Math.max(Double.NaN, 1) + " " + Math.ulp(1.0) + " " + Math.nextUp(1.0));
        System.out.println(Double.compare(0.0, -0.0) + " " + (0.0 == -0.0) + " " + Double.valueOf(0.0).equals(-0.0) + " " + (Double.NaN == Double.NaN) + " " + Double.valueOf(Double.NaN).equals(Double.NaN));
        System.out.println(Double.parseDouble("1e3") + " " + Double.parseDouble("  -.5  ") + " " + Double.valueOf("0x1p4") + " " + Float.parseFloat("3.4028236e38") + " " + Double.parseDouble("Infinity"));
        System.out.println(Double.isNaN(0.0 / 0) + " " + Double.isInfinite(1 / 0.0) + " " + Double.isFinite(1e308 * 10));
        System.out.println((0.1 + 0.2) + " " + (0.1f + 0.2f) + " " + (1e16 + 1) + " " + (float) 1e40 + " " + 1.0 % 0.3 + " " + -7.5 % 2);
        System.out.println(Double.toString(1e-7) + " " + Double.toHexString(1.0) + " " + Double.toHexString(-0.1));
        System.out.println((int) 1e10f + " " + (long) Float.NaN + " " + (char) -1.5 + "|" + (byte) 300.7 + " " + (short) -40000.2);
        double acc = 0; for (int i = 1; i <= 10; i++) acc += 1.0 / i; System.out.println(acc);
        float facc = 0; for (int i = 1; i <= 10; i++) facc += 1.0f / i; System.out.println(facc);
        System.out.println(String.valueOf(5.0f) + String.valueOf(1e-4) + String.valueOf(-1e100));
        System.out.println(Double.MIN_VALUE / 2 + " " + Double.MAX_VALUE * 2 + " " + -Double.MAX_VALUE * 2);
        System.out.println(Float.MIN_VALUE + " " + Float.MAX_VALUE + " " + Float.MIN_NORMAL);
        System.out.println(Math.sin(Math.PI) + " " + Math.cos(Math.PI / 3) + " " + Math.tan(Math.PI / 4));
    }
}
