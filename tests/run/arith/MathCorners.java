// Math and StrictMath over special values (zeros, NaN, infinities, subnormals), rounding, casts to every
// primitive, the exact-arithmetic exceptions, unsigned arithmetic and parsing.
public class MathCorners {
    public static void main(String[] args) {
        double[] ds = {0.0, -0.0, 1.0, -1.5, 2.5, 1e-10, 123456789.123, Double.NaN, Double.POSITIVE_INFINITY, Double.MIN_VALUE, Double.MAX_VALUE, 0.1 + 0.2, 1.0/3};
        for (double d : ds) {
            System.out.println(d + " " + Math.round(d) + " " + Math.rint(d) + " " + Math.floor(d) + " " + Math.ceil(d) + " " + Math.signum(d) + " " + Math.abs(d));
            System.out.println(Math.sqrt(d) + " " + Math.cbrt(d) + " " + Math.exp(d) + " " + Math.log1p(d) + " " + Math.expm1(d));
            System.out.println(Math.ulp(d) + " " + Math.nextUp(d) + " " + Math.nextDown(d) + " " + Math.getExponent(d));
            System.out.println((int) d + " " + (long) d + " " + (float) d + " " + (short) d + " " + (byte) d + " " + (char) d + 0);
        }
        float[] fs = {0.1f, 1.0f/3, 16777217f, -0.0f, Float.MIN_VALUE, Float.MAX_VALUE, 3.4e38f * 10, 1e-45f};
        for (float f : fs) {
            System.out.println(f + " " + Math.round(f) + " " + (double) f + " " + Float.floatToIntBits(f) + " " + Math.ulp(f) + " " + Float.toHexString(f));
        }
        System.out.println(Math.hypot(3, 4) + " " + Math.atan2(1, -1) + " " + Math.toDegrees(Math.PI) + " " + Math.toRadians(180));
        System.out.println(Math.pow(2, 0.5) + " " + Math.pow(-8, 1.0/3) + " " + Math.pow(0, 0) + " " + Math.pow(Double.NaN, 0));
        System.out.println(Math.floorDiv(-7, 2) + " " + Math.floorMod(-7, 2) + " " + Math.floorDiv(7L, -2L) + " " + Math.floorMod(7L, -2));
        System.out.println(Math.IEEEremainder(10, 3) + " " + Math.copySign(1.0, -0.0) + " " + Math.scalb(1.5, 4) + " " + Math.fma(2.0, 3.0, 1.0));
        try { Math.addExact(Integer.MAX_VALUE, 1); } catch (ArithmeticException e) { System.out.println(e.getMessage()); }
        try { Math.multiplyExact(Long.MAX_VALUE, 2L); } catch (ArithmeticException e) { System.out.println(e.getMessage()); }
        try { Math.toIntExact(1L << 40); } catch (ArithmeticException e) { System.out.println(e.getMessage()); }
        try { Math.negateExact(Integer.MIN_VALUE); } catch (ArithmeticException e) { System.out.println(e.getMessage()); }
        System.out.println(Math.absExact(-5) + " " + Math.abs(Integer.MIN_VALUE) + " " + Math.multiplyHigh(Long.MAX_VALUE, 3L));
        System.out.println(Double.toHexString(1.0) + " " + Double.toHexString(-0.1) + " " + Double.toHexString(Double.MIN_VALUE));
        System.out.println(Double.compare(0.0, -0.0) + " " + Double.compare(Double.NaN, 1) + " " + (0.0 == -0.0) + " " + Double.valueOf(0.0).equals(-0.0));
        System.out.println(Double.parseDouble("1e3") + " " + Double.parseDouble("  -.5  ") + " " + Double.parseDouble("0x1p4") + " " + Double.parseDouble("Infinity") + " " + Float.parseFloat("1.17549435E-38"));
        System.out.println(Double.isFinite(1/0.0) + " " + Double.isInfinite(-1/0.0) + " " + Double.MIN_NORMAL + " " + Float.MIN_NORMAL);
        System.out.println(Long.MAX_VALUE / -1 + " " + Long.MIN_VALUE / -1 + " " + Integer.MIN_VALUE % -1 + " " + (-7 % 3) + " " + (7.5 % -2) + " " + (-7.5 % 2));
        System.out.println(Double.doubleToLongBits(-0.0) + " " + Double.longBitsToDouble(0x7ff8000000000001L) + " " + Double.doubleToRawLongBits(1.5));
        System.out.println(StrictMath.sin(1) + " " + StrictMath.cos(1) + " " + StrictMath.tan(1) + " " + Math.asin(0.5) + " " + Math.acos(0.5) + " " + Math.atan(1));
        System.out.println(Math.sinh(1) + " " + Math.cosh(1) + " " + Math.tanh(1) + " " + Math.log10(1000) + " " + Math.log(Math.E));
        System.out.println(Math.max(-0.0, 0.0) + " " + Math.min(-0.0, 0.0) + " " + Math.max(Double.NaN, 1) + " " + Math.min(1f, Float.NaN));
        System.out.println(Integer.toUnsignedString(-1) + " " + Long.toUnsignedString(-1L) + " " + Integer.divideUnsigned(-1, 3) + " " + Long.remainderUnsigned(-1L, 7));
        System.out.println(Integer.parseUnsignedInt("4294967295") + " " + Long.parseUnsignedLong("18446744073709551615") + " " + Integer.compareUnsigned(-1, 1));
    }
}
