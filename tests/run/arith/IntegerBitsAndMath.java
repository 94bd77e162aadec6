// Integer and Long bit twiddling, unsigned arithmetic and radix text; Math rounding, exact arithmetic, ulp/nextUp/scalb, float and double text, parsing and hashing.
import java.util.*;

public class IntegerBitsAndMath {
    public static void main(String[] args) {
        int[] ints = {0, 1, -1, 7, 8, 255, 1 << 30, Integer.MIN_VALUE, Integer.MAX_VALUE, 123456789, -98765};
        for (int x : ints) {
            System.out.println(x + " bits=" + Integer.bitCount(x) + " hi=" + Integer.highestOneBit(x) + " lo=" + Integer.lowestOneBit(x)
                + " nlz=" + Integer.numberOfLeadingZeros(x) + " ntz=" + Integer.numberOfTrailingZeros(x)
                + " rev=" + Integer.reverse(x) + " revb=" + Integer.reverseBytes(x)
                + " rotl=" + Integer.rotateLeft(x, 5) + " rotr=" + Integer.rotateRight(x, 3)
                + " sig=" + Integer.signum(x) + " bin=" + Integer.toBinaryString(x) + " oct=" + Integer.toOctalString(x)
                + " hex=" + Integer.toHexString(x) + " u=" + Integer.toUnsignedString(x) + " r36=" + Integer.toString(x, 36));
            System.out.println("  udiv7=" + Integer.divideUnsigned(x, 7) + " urem7=" + Integer.remainderUnsigned(x, 7)
                + " cmpU=" + Integer.compareUnsigned(x, 5) + " ul=" + Integer.toUnsignedLong(x));
        }
        long[] longs = {0L, 1L, -1L, Long.MIN_VALUE, Long.MAX_VALUE, 1234567890123456789L, -42L, 1L << 40};
        for (long x : longs) {
            System.out.println(x + " bits=" + Long.bitCount(x) + " hi=" + Long.highestOneBit(x) + " nlz=" + Long.numberOfLeadingZeros(x)
                + " ntz=" + Long.numberOfTrailingZeros(x) + " rev=" + Long.reverse(x) + " hex=" + Long.toHexString(x)
                + " bin=" + Long.toBinaryString(x).length() + " u=" + Long.toUnsignedString(x) + " r7=" + Long.toString(x, 7)
                + " udiv=" + Long.divideUnsigned(x, 10) + " urem=" + Long.remainderUnsigned(x, 10));
        }
        System.out.println(Math.floorDiv(-7, 2) + " " + Math.floorMod(-7, 2) + " " + Math.floorDiv(7, -2) + " " + Math.floorMod(7, -2));
        System.out.println(Math.floorDiv(-7L, 2L) + " " + Math.floorMod(-7L, 3) + " " + Math.abs(Integer.MIN_VALUE));
        try { Math.addExact(Integer.MAX_VALUE, 1); } catch (ArithmeticException e) { System.out.println(e.getMessage()); }
        try { Math.multiplyExact(1L << 40, 1L << 30); } catch (ArithmeticException e) { System.out.println(e.getMessage()); }
        try { Math.toIntExact(1L << 33); } catch (ArithmeticException e) { System.out.println(e.getMessage()); }
        try { Math.negateExact(Integer.MIN_VALUE); } catch (ArithmeticException e) { System.out.println(e.getMessage()); }
        try { Math.subtractExact(Long.MIN_VALUE, 1); } catch (ArithmeticException e) { System.out.println(e.getMessage()); }
        try { Math.incrementExact(Integer.MAX_VALUE); } catch (ArithmeticException e) { System.out.println(e.getMessage()); }
        double[] ds = {0.0, -0.0, 1.5, -2.5, 3.7, 1e300, Double.NaN, Double.POSITIVE_INFINITY, 0.1 + 0.2, Math.PI, 1e-310};
        for (double d : ds) {
            System.out.println(d + " floor=" + Math.floor(d) + " ceil=" + Math.ceil(d) + " rint=" + Math.rint(d) + " round=" + Math.round(d)
                + " sqrt=" + Math.sqrt(d) + " cbrt=" + Math.cbrt(d) + " ulp=" + Math.ulp(d) + " nextUp=" + Math.nextUp(d)
                + " exp=" + Math.getExponent(d) + " signum=" + Math.signum(d) + " abs=" + Math.abs(d)
                + " bits=" + Long.toHexString(Double.doubleToLongBits(d)) + " f=" + (float) d);
        }
        System.out.println(Math.hypot(3, 4) + " " + Math.atan2(1, -1) + " " + Math.toDegrees(Math.PI / 3) + " " + Math.toRadians(90));
        System.out.println(Math.log10(1000) + " " + Math.log1p(1e-10) + " " + Math.expm1(1e-10) + " " + Math.sinh(1) + " " + Math.cosh(1) + " " + Math.tanh(0.5));
        System.out.println(Math.pow(2, 0.5) + " " + Math.pow(-8, 1.0 / 3) + " " + Math.exp(1) + " " + Math.log(10) + " " + Math.sin(1e6));
        System.out.println(Math.IEEEremainder(10, 3) + " " + Math.copySign(3.0, -0.0) + " " + Math.scalb(1.5, 4) + " " + Math.nextAfter(1.0, 0));
        System.out.println(Math.fma(2.0, 3.0, 1.0) + " " + Math.max(-0.0, 0.0) + " " + Math.min(-0.0, 0.0) + " " + Math.max(Float.NaN, 1f));
        System.out.println(Math.round(2.5f) + " " + Math.round(-2.5f) + " " + Math.round(-2.5) + " " + Math.round(0.49999999999999994));
        float[] fs = {1.1f, 0.1f, 1e10f, 1.0e-5f, 123456.79f, Float.MIN_VALUE, Float.MAX_VALUE, 3.4e-39f};
        for (float f : fs) System.out.println(f + " " + (double) f + " " + Float.floatToIntBits(f) + " " + Math.ulp(f) + " " + Float.toHexString(f));
        System.out.println(Double.toHexString(1.0) + " " + Double.toHexString(-0.1) + " " + Double.toHexString(Double.MIN_VALUE));
        System.out.println(Double.compare(0.0, -0.0) + " " + Double.compare(Double.NaN, 1) + " " + Double.valueOf(0.0).equals(-0.0) + " " + (0.0 == -0.0));
        System.out.println(Double.isFinite(1 / 0.0) + " " + Double.isInfinite(-1 / 0.0) + " " + Double.MIN_NORMAL + " " + Float.MIN_NORMAL);
        System.out.println(Integer.parseInt("-0") + " " + Integer.parseInt("+42") + " " + Integer.parseInt("zz", 36) + " " + Long.parseLong("-9223372036854775808"));
        System.out.println(Integer.parseUnsignedInt("4294967295") + " " + Long.parseUnsignedLong("18446744073709551615") + " " + Integer.decode("0x1F") + " " + Integer.decode("-010") + " " + Long.decode("#ff"));
        System.out.println(Double.parseDouble("1e3") + " " + Double.parseDouble("  -.5  ") + " " + Double.parseDouble("0x1.8p1") + " " + Float.parseFloat("3.4028236e38") + " " + Double.parseDouble("Infinity"));
        System.out.println(Short.reverseBytes((short) 0x1234) + " " + Character.reverseBytes('a') + " " + Byte.toUnsignedInt((byte) -1) + " " + Short.toUnsignedInt((short) -1));
        System.out.println(Integer.hashCode(5) + " " + Long.hashCode(-1L) + " " + Double.hashCode(1.5) + " " + Float.hashCode(1.5f) + " " + Boolean.hashCode(true) + " " + Character.hashCode('x'));
        System.out.println(Integer.sum(3, 4) + " " + Integer.max(3, 4) + " " + Long.min(3, 4) + " " + Double.sum(0.1, 0.2) + " " + Boolean.logicalXor(true, false));
        System.out.println(Long.compareUnsigned(-1L, 1L) + " " + Long.signum(-5L) + " " + Long.rotateLeft(1L, 65) + " " + Long.reverseBytes(1L));
    }
}
