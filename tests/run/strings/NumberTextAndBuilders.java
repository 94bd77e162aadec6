import java.util.*;

public class NumberTextAndBuilders {
    public static void main(String[] args) {
        double[] ds = {0.0, -0.0, 1.0, 0.1, 1e-3, 1e-4, 9.999e-4, 1e7, 9999999.0, 1.0e7 + 1, 123456789012.0, 1e21, 1e22, 1.7976931348623157E308, 4.9e-324, 2.2250738585072014E-308, Math.PI * 1e10, -123.456, 0.30000000000000004, 100.5, 2.5e-7, 1.0 / 3};
        for (double d : ds) {
            System.out.println(d + " | " + (float) d + " | " + String.format("%.3f|%10.2e|%g|%.0f|%-12.4f|%+.1f|%08.2f", d, d, d, d, d, d, d));
        }
        float[] fs = {0.1f, 1.0f / 3, 16777216f, 1e-10f, 3.4028235e38f, 1.17549435E-38f, 123.456f, 1e7f, 9999999f, 0.001f};
        for (float f : fs) System.out.println(f + " " + (double) f + " " + String.format("%.4f %e", f, f) + " " + Float.toString(f) + " " + Float.floatToIntBits(f));
        System.out.println(String.format("%5d|%-5d|%05d|%,d|%x|%X|%o|%d", 42, 42, -42, -1234567, -255, 255L, 8, Long.MIN_VALUE));
        System.out.println(String.format("%s|%10s|%-10s|%.2s|%c|%b|%h|%n", "abc", "abc", "abc", "abc", 65, null, "hi").trim());
        System.out.println(String.format("%3$s %1$s %2$s %1$s", "a", "b", "c") + String.format(" %% %s", (Object) null));
        System.out.println(Integer.toString(-255, 16) + " " + Integer.toString(255, 2) + " " + Long.toString(Long.MAX_VALUE, 36) + " " + Integer.parseInt("+42") + " " + Integer.toUnsignedString(-1) + " " + Integer.reverse(1) + " " + Integer.highestOneBit(100) + " " + Integer.signum(-5));
        System.out.println(Double.toString(1e-5) + " " + Double.valueOf("1e3") + " " + Double.parseDouble("  -0x1p3  ".trim().replace("0x1p3", "8")) + " " + Double.compare(0.0, -0.0) + " " + Double.isNaN(0.0 / 0) + " " + Double.MIN_NORMAL);
        System.out.println((int) 'a' + 'b' + "c" + 'd' + 1 + 2 + (1 + 2) + 'e' * 2);
        System.out.println(10 / 3 * 3.0 + " " + 10 / 3.0 + " " + 7 % 3.5 + " " + -7.5 % 2 + " " + 1e300 * 1e10 + " " + -1 / 0.0 + " " + 0.0 / 0.0 + " " + (0.0 == -0.0) + " " + Double.valueOf(0.0).equals(-0.0));
        long l = 123456789L * 1000000;
        int i = (int) l;
        System.out.println(l + " " + i + " " + (l >> 33) + " " + (l >>> 60) + " " + Long.hashCode(l) + " " + Double.hashCode(1.5) + " " + Boolean.hashCode(true) + " " + Character.hashCode('a') + " " + "".hashCode() + " " + Arrays.hashCode(new int[]{1, 2}) + " " + Objects.hash(1, "a", null) + " " + List.of(1, 2).hashCode() + " " + Map.of("k", 1).hashCode());
        StringBuilder sb = new StringBuilder();
        sb.append(1.0f).append(' ').append(2.0).append(' ').append((Object) null).append(' ').append(new char[]{'x'}).append(' ').append(true).append(' ').append(10L).append(' ').append('c').append(' ').append(0.1 + 0.2);
        System.out.println(sb + " " + sb.length() + " " + sb.capacity());
    }
}
