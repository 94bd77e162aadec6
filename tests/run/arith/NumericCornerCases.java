import java.util.*;
public class NumericCornerCases {
    static int counter = 0;
    static int next() { return ++counter; }
    public static void main(String[] args) {
        float f = 0.1f + 0.2f; double d = 0.1f; float g = 1.1f * 1.1f; float h = 16777216f + 1f;
        System.out.println(f + " " + d + " " + g + " " + h + " " + (float) 1e40 + " " + (0.1f == 0.1) + " " + (float) 0.1 + " " + 1.0f / 3 + " " + 2f / 3 + " " + 100f / 7);
        System.out.println(Float.MIN_VALUE + " " + Float.MAX_VALUE + " " + Float.MIN_NORMAL + " " + 1.0E-5f + " " + 123456.7f + " " + 1.0E7f + " " + 9999999f + " " + 0.001f + " " + 1e-3 + " " + 12345678.9f);
        System.out.println(Long.MIN_VALUE + " " + Math.abs(Long.MIN_VALUE) + " " + (Long.MIN_VALUE / -1) + " " + (Integer.MIN_VALUE / -1) + " " + (Integer.MIN_VALUE % -1) + " " + Long.toString(Long.MIN_VALUE, 2).length() + " " + Integer.toString(-255, 2) + " " + Integer.parseInt("-0") + " " + Long.parseLong("+42"));
        System.out.println((5.0 % 3) + " " + (-5.0 % 3) + " " + (5.5 % -2) + " " + (Double.NaN > 1) + " " + (Double.NaN != Double.NaN) + " " + (0.0 / 0.0) + " " + (-1.0 / 0.0) + " " + (1 / 0.0 - 1 / 0.0) + " " + (-0.0 + 0.0) + " " + (-0.0 * 5) + " " + Math.min(-0.0, 0.0) + " " + Math.max(-0.0, 0.0));
        char c = 'a'; int i = 0;
        System.out.println((false ? i : c) + " " + (true ? 'b' : 'c') + " " + (true ? 'b' : i) + " " + (char) (c + 2) + " " + (c + 2) + " " + c++ + c + " " + (int) Character.MAX_VALUE + " " + ('a' + 'b') + " " + (char) ('a' + 'b' - 'a'));
        int x = 5; x = x++ + ++x; int y = 10; y += y++ * 2; int z = 3; z = z-- - --z;
        System.out.println(x + " " + y + " " + z + " " + (next() + next() * next()) + " " + counter);
        int[] arr = {0, 0, 0}; int k = 0; arr[k++] = k; arr[k] = k++ + k;
        System.out.println(Arrays.toString(arr) + " " + k);
        long big = Integer.MAX_VALUE; big++; int wrap = Integer.MAX_VALUE; wrap++; short sh = Short.MAX_VALUE; sh++; byte by = (byte) 0x80;
        System.out.println(big + " " + wrap + " " + sh + " " + by + " " + (by & 0xff) + " " + (by >>> 4) + " " + (by >> 4) + " " + ((byte) (by >>> 4)) + " " + (~by) + " " + (-by));
        System.out.println((1L << 63) + " " + (1 << 31) + " " + (1 << 32) + " " + (1L << 64) + " " + (-1 >>> 1) + " " + (-1L >>> 1) + " " + (5 & -5) + " " + (5 | -5) + " " + (5 ^ -5) + " " + Long.numberOfTrailingZeros(1L << 40) + " " + Integer.bitCount(0xF0F0F0F0));
        double[] vals = {1e-7, 1.0E-6, 0.001, 1234567.0, 1.0E7, 12345678.0, 100.0, 1e21, 1e20, 3.0e-10, 5e-324, 1.7976931348623157E308, 0.1 + 0.7, 2.0 / 3, 4.35 * 100, 1.1 * 3};
        StringBuilder sb = new StringBuilder();
        for (double v : vals) sb.append(v).append(' ');
        System.out.println(sb.toString().trim());
        System.out.println(Math.round(-0.5) + " " + Math.round(-1.5) + " " + Math.round(0.5f) + " " + Math.round(-2.5f) + " " + Math.round(1e20) + " " + Math.round(Double.NaN) + " " + (long) 1e20 + " " + (int) 1e10f + " " + Math.floor(-1.5) + " " + Math.ceil(-1.5) + " " + Math.ceil(-0.5) + " " + Math.floor(2.0) + " " + Math.sqrt(-1) + " " + Math.pow(0, 0) + " " + Math.pow(-8, 1.0 / 3));
        System.out.println(Integer.MAX_VALUE + 1 + " " + (Integer.MAX_VALUE + 1L) + " " + (byte) 300 + " " + (short) -40000 + " " + (char) -1 + 0 + " " + (int) (char) -1 + " " + (long) -1.9 + " " + (int) 2147483648.5 + " " + (int) -2147483649.0 + " " + (short) 1e10 + " " + (byte) 1e10);
        System.out.println(Integer.compare(3, 5) + " " + Long.compare(5, 3) + " " + Double.compare(Double.NaN, 1) + " " + Boolean.compare(true, false) + " " + Character.compare('a', 'b') + " " + "b".compareTo("a") + " " + Integer.valueOf(3).compareTo(7) + " " + Double.valueOf(-0.0).compareTo(0.0));
        System.out.println(Integer.toHexString(Float.floatToIntBits(1.5f)) + " " + Long.toHexString(Double.doubleToLongBits(-2.5)) + " " + Float.intBitsToFloat(0x7f800000) + " " + Double.longBitsToDouble(0x3ff8000000000000L) + " " + Float.floatToIntBits(Float.NaN) + " " + Integer.toHexString(Float.floatToRawIntBits(-0.0f)));
        System.out.println(Integer.MAX_VALUE * 2 + " " + Long.MAX_VALUE * 2 + " " + (0.1 + 0.2 == 0.3) + " " + (float) (0.1 + 0.2) + " " + (0.1f + 0.2f == 0.3f) + " " + 3 * 0.1 + " " + 10 / 3 * 3.0 + " " + 10 / 3.0 * 3 + " " + 7 / 2 + 7 % 2 + " " + -7 / 2.0);
        System.out.println(String.valueOf(1.0e-4) + " " + 0.0001f + " " + 100.0f + " " + 1e6f + " " + 1.0e-10f + " " + 3.4e38f * 10 + " " + -Float.MIN_VALUE / 2 + " " + (double) Float.MAX_VALUE + " " + (float) Double.MIN_VALUE);
        System.out.println(Integer.sum(3, 4) + " " + Integer.max(3, 4) + " " + Long.min(-1, 2) + " " + Double.sum(0.1, 0.2) + " " + Math.fma(2.0, 3.0, 1.0) + " " + Math.negateExact(5) + " " + Math.floorDiv(-7L, 2L) + " " + Math.abs(-0.0) + " " + Math.absExact(-5) + " " + StrictMath.sqrt(2) + " " + Math.log(Math.E) + " " + Math.exp(0));
        System.out.println(Short.parseShort("-123") + " " + Byte.parseByte("7f", 16) + " " + Short.valueOf((short) 5).hashCode() + " " + Byte.toUnsignedInt((byte) -1) + " " + Short.toUnsignedInt((short) -1) + " " + Integer.toUnsignedLong(-1) + " " + Long.parseUnsignedLong("18446744073709551615") + " " + Long.toUnsignedString(-2L, 16) + " " + Integer.parseInt("zz", 36) + " " + Integer.valueOf("12").equals(12) + " " + Long.valueOf(12).equals(12));
    }
}
