public class FdlibmFunctions {
    static double next(long[] seed) {
        seed[0] = seed[0] * 6364136223846793005L + 1442695040888963407L;
        return (seed[0] >>> 11) / 9007199254740992.0;
    }

    public static void main(String[] args) {
        double[] specials = {0.0, -0.0, 1.0, -1.0, 0.5, -0.5, 1e-300, -1e-300, 1e-10, 3.7e-9, 2.0, 0.3465, 0.35, 1.0397, 22.0,
            22.5, 40.0, 709.0, 709.78, 710.0, 710.47, 711.0, 1e300, Double.MIN_VALUE, Double.MAX_VALUE,
            Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NaN, 0.975, -0.975, 0.9999999, 0.25, 0.41};
        for (double x : specials) {
            System.out.println(x + ": sinh " + Math.sinh(x) + " cosh " + Math.cosh(x) + " tanh " + Math.tanh(x)
                + " expm1 " + Math.expm1(x) + " log1p " + Math.log1p(x) + " asin " + Math.asin(x) + " acos " + Math.acos(x)
                + " hypot " + Math.hypot(x, 3.0) + " " + Math.hypot(x, x * 1e-20) + " " + StrictMath.sinh(x));
        }
        long[] seed = {2024};
        for (int i = 0; i < 300; i++) {
            double u = next(seed);
            double v = next(seed);
            double wide = (u - 0.5) * 60;
            double unit = (v - 0.5) * 2;
            double scale = Math.pow(10, (int) ((v - 0.5) * 600));
            System.out.println(Math.sinh(wide) + " " + Math.cosh(wide) + " " + Math.tanh(wide / 10) + " " + Math.expm1(wide / 3)
                + " " + Math.log1p(u * 20 - 0.9) + " " + Math.asin(unit) + " " + Math.acos(unit) + " " + Math.hypot(wide, unit)
                + " " + Math.hypot(u * scale, v * scale) + " " + Math.expm1(unit * 1e-5) + " " + Math.log1p(unit * 1e-7));
        }
    }
}
