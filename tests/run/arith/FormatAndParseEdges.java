import java.util.*;
public class FormatAndParseEdges {
    public static void main(String[] args) {
        double[] ds = {0.0, -0.0, 1.0, 0.1, 0.1 + 0.2, 1e-5, 1e-4, 1e7, 1e6, 123456789.123, 1e21, 1e-300, 4.9e-324, Double.MAX_VALUE, Double.MIN_NORMAL, Double.NaN, Double.POSITIVE_INFINITY, 100.0 / 3, 2.5, -1.5, 1234.5678};
        for (double d : ds) {
            System.out.println(d + " " + String.format("%.3f|%10.2f|%-10.1f|%e|%.2e|%g|%+.1f|%,.2f", d, d, d, d, d, d, d, d));
        }
        float[] fs = {0.1f, 1.0f / 3, 1e10f, 1e-10f, 3.4028235e38f, 1.4e-45f, 16777217f, 0.5f};
        for (float f : fs) System.out.println(f + " " + (double) f + " " + String.format("%.4f", f));
        int[] is = {0, 1, -1, 255, -255, Integer.MAX_VALUE, Integer.MIN_VALUE, 1234567};
        for (int i : is) {
            System.out.println(String.format("%d|%5d|%-5d|%05d|%x|%X|%o|%,d|%+d|% d|%(d|%08X", i, i, i, i, i, i, i, i, i, i, i, i));
        }
        long[] ls = {0L, -1L, Long.MAX_VALUE, Long.MIN_VALUE, 1234567890123L};
        for (long l : ls) System.out.println(String.format("%d %x %o %,d", l, l, l, l));
        System.out.println(String.format("%s %S %10s %-10s| %.3s %c %C %b %B %% %n", "abc", "abc", "hi", "hi", "abcdef", 'x', 'y', true, null).trim());
        System.out.println(String.format("%2$s %1$s %2$s", "a", "b"));
        System.out.println(String.format("%h %h", "hello", 42));
        System.out.println(String.format("[%8.3e] [%-12.4g] [%.0f] [%.0f] [%.0f]", 12345.678, 0.00012345, 0.5, 1.5, 2.5));
        System.out.println(String.format("%.15f %.17f %.1f", 0.1, 0.1, 0.05));
        System.out.println(String.format("%x %x", (byte) -1, (short) -2));
        System.out.println(Integer.toHexString(-1) + " " + Integer.toBinaryString(10) + " " + Integer.toOctalString(-8) + " " + Long.toHexString(-2L) + " " + Integer.toString(-255, 16) + " " + Long.toString(1L << 40, 36));
        System.out.println(Integer.parseInt("-ff", 16) + " " + Integer.parseInt("+123") + " " + Long.parseLong("7fffffffffffffff", 16) + " " + Integer.parseUnsignedInt("4294967295") + " " + Integer.toUnsignedString(-1) + " " + Long.toUnsignedString(-1L));
        System.out.println(Integer.reverse(1) + " " + Integer.reverseBytes(0x12345678) + " " + Integer.rotateLeft(0x80000001, 1) + " " + Integer.highestOneBit(100) + " " + Integer.lowestOneBit(100) + " " + Integer.numberOfTrailingZeros(0) + " " + Long.numberOfLeadingZeros(1L) + " " + Long.bitCount(-1L) + " " + Integer.signum(-5));
        System.out.println(Integer.divideUnsigned(-1, 3) + " " + Integer.remainderUnsigned(-1, 3) + " " + Long.divideUnsigned(-1L, 10) + " " + Long.remainderUnsigned(-1L, 10) + " " + Integer.compareUnsigned(-1, 1));
        System.out.println(Double.toHexString(1.0) + " " + Double.toHexString(-0.1) + " " + Double.toHexString(Double.MIN_VALUE));
        System.out.println(Double.compare(0.0, -0.0) + " " + Double.valueOf(Double.NaN).equals(Double.NaN) + " " + (0.0 == -0.0) + " " + Double.valueOf(0.0).equals(-0.0) + " " + Double.hashCode(1.5) + " " + Float.hashCode(1.5f) + " " + Long.hashCode(1L << 40));
        System.out.println(Double.parseDouble("1e3") + " " + Double.parseDouble("  -0x1p4 ") + " " + Double.parseDouble("Infinity") + " " + Float.parseFloat("1.17549435E-38") + " " + Double.parseDouble(".5") + " " + Double.parseDouble("5.") + " " + Double.parseDouble("1d") + " " + Double.parseDouble("2f"));
        System.out.println(Math.round(2.5) + " " + Math.round(-2.5) + " " + Math.round(0.49999999999999994) + " " + Math.rint(2.5) + " " + Math.rint(3.5) + " " + Math.round(2.5f) + " " + Math.floorDiv(-7, 2) + " " + Math.floorMod(-7, 2) + " " + Math.floorMod(7, -2));
        System.out.println(Math.abs(Integer.MIN_VALUE) + " " + Math.hypot(3, 4) + " " + Math.cbrt(27) + " " + Math.atan2(1, 1) + " " + Math.ulp(1.0) + " " + Math.signum(-2.0) + " " + Math.copySign(1.0, -0.0) + " " + Math.nextUp(1.0) + " " + Math.getExponent(1024.0) + " " + Math.log10(1000) + " " + Math.expm1(1e-10) + " " + Math.log1p(1e-10));
        System.out.println((int) 3.9e10 + " " + (long) Double.NaN + " " + (int) -0.5 + " " + (char) 65601 + " " + (byte) 200 + " " + (short) 70000 + " " + (int) Float.NEGATIVE_INFINITY + " " + (long) 1e19 + " " + (int) 'A' + " " + (char) ('a' + 1));
        byte b = 10; b += 250; short s = 1; s *= 40000; char c = 'z'; c += 1; int x = 7; x >>>= 1; long y = -1; y >>>= 60;
        System.out.println(b + " " + s + " " + (int) c + " " + x + " " + y + " " + (-7 / 2) + " " + (-7 % 2) + " " + (7 % -2) + " " + (-7.5 % 2) + " " + (1 << 33) + " " + (1L << 65) + " " + (-8 >> 1) + " " + (-8 >>> 28));
        try { System.out.println(Math.addExact(Integer.MAX_VALUE, 1)); } catch (ArithmeticException e) { System.out.println(e); }
        try { System.out.println(Math.multiplyExact(1L << 62, 2L)); } catch (ArithmeticException e) { System.out.println(e); }
        try { System.out.println(Math.toIntExact(1L << 40)); } catch (ArithmeticException e) { System.out.println(e); }
        try { Integer.parseInt("abc"); } catch (NumberFormatException e) { System.out.println(e); }
        try { Integer.parseInt(""); } catch (NumberFormatException e) { System.out.println(e); }
        try { Integer.parseInt("2147483648"); } catch (NumberFormatException e) { System.out.println(e); }
        try { Long.parseLong(null); } catch (NumberFormatException e) { System.out.println(e); }
        try { Double.parseDouble("x1"); } catch (NumberFormatException e) { System.out.println(e); }
        try { String.format("%d", "s"); } catch (IllegalFormatException e) { System.out.println(e); }
        try { String.format("%s %s", "s"); } catch (IllegalFormatException e) { System.out.println(e); }
    }
}
