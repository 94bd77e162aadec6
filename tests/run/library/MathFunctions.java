public class MathFunctions {
    public static void main(String[] args) {
        System.out.println(Math.pow(2, 10) + " " + Math.pow(1.5, 3) + " " + Math.pow(10, -3) + " " + Math.pow(2, 0.5) + " " + Math.pow(-2, 3) + " " + Math.pow(-8, 1.0 / 3));
        System.out.println(Math.pow(0, 0) + " " + Math.pow(0, -1) + " " + Math.pow(-0.0, -3) + " " + Math.pow(1, Double.NaN) + " " + Math.pow(Double.POSITIVE_INFINITY, -2) + " " + Math.pow(0.5, Double.POSITIVE_INFINITY));
        System.out.println(Math.exp(0) + " " + Math.exp(1) + " " + Math.exp(-1) + " " + Math.exp(10) + " " + Math.exp(-745.2) + " " + Math.exp(710));
        System.out.println(Math.log(1) + " " + Math.log(Math.E) + " " + Math.log(10) + " " + Math.log(0) + " " + Math.log(-1) + " " + Math.log(1e-300));
        System.out.println(Math.log10(1000) + " " + Math.log10(2) + " " + Math.log10(0.001) + " " + Math.log10(12345.678));
        System.out.println(Math.sin(0) + " " + Math.sin(Math.PI / 2) + " " + Math.sin(Math.PI / 6) + " " + Math.sin(Math.PI) + " " + Math.sin(-1.0));
        System.out.println(Math.cos(0) + " " + Math.cos(Math.PI / 3) + " " + Math.cos(Math.PI) + " " + Math.cos(1e6) + " " + Math.tan(Math.PI / 4) + " " + Math.tan(1.0));
        System.out.println(Math.atan(1) * 4 + " " + Math.atan2(1, 1) + " " + Math.atan2(-1, -1) + " " + Math.atan2(0.0, -1) + " " + Math.asin(0.5) + " " + Math.acos(0.5) + " " + Math.acos(-1));
        System.out.println(Math.sinh(1) + " " + Math.cosh(2) + " " + Math.tanh(0.5) + " " + Math.tanh(30) + " " + Math.sinh(0));
        System.out.println(Math.cbrt(27) + " " + Math.cbrt(-8) + " " + Math.cbrt(2) + " " + Math.hypot(3, 4) + " " + Math.hypot(5, 12) + " " + Math.hypot(1e200, 1e200));
        System.out.println(Math.expm1(1e-10) + " " + Math.log1p(1e-10) + " " + Math.expm1(2) + " " + Math.log1p(1));
        double balance = 1000;
        for (int year = 1; year <= 5; year++) {
            double compound = 1000 * Math.pow(1.05, year);
            balance *= 1.05;
            System.out.println("year " + year + ": " + compound + " " + balance + " " + Math.round(compound * 100) / 100.0);
        }
        double[] angles = {0, 30, 45, 60, 90, 120, 180};
        for (double a : angles) {
            double r = Math.toRadians(a);
            System.out.println(a + ": sin " + Math.sin(r) + " cos " + Math.cos(r));
        }
    }
}
