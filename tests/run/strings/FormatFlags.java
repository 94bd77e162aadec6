// String.format flags, widths and conversions across types, and the toString of floats and doubles at the edges.
public class FormatFlags {
    public static void main(String[] args) {
        int[] ints = {0, 7, -7, 255, -255, Integer.MAX_VALUE, Integer.MIN_VALUE};
        for (int i : ints) {
            System.out.println(String.format("[%d] [%5d] [%-5d] [%05d] [%+d] [% d] [%,d] [%(d] [%x] [%X] [%o] [%08X] [%#x] [%#o]", i, i, i, i, i, i, i, i, i, i, i, i, i, i));
        }
        long[] longs = {0L, 1234567890123L, -1234567890123L, Long.MAX_VALUE, Long.MIN_VALUE};
        for (long l : longs) System.out.println(String.format("[%d] [%,d] [%x] [%o] [%+,20d] [%-22d|]", l, l, l, l, l, l));
        double[] ds = {0.0, -0.0, 1.0, -1.5, 3.14159265358979, 1e-5, 123456.789, 1e20, 6.02e23, Double.MIN_VALUE, Double.MAX_VALUE, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 0.5, 2.5, 1.005, 0.125};
        for (double d : ds) {
            System.out.println(String.format("[%f] [%.2f] [%10.3f] [%-10.1f] [%e] [%.3E] [%g] [%.0f] [%+.1f] [%,.2f] [%(.2f] [%s]", d, d, d, d, d, d, d, d, d, d, d, d));
        }
        float[] fs = {0.1f, 1.0f / 3, 16777216f, 1e10f, 1.17549435E-38f, Float.MAX_VALUE, 3.4e-45f, 100f, 1234.5f};
        for (float f : fs) System.out.println(f + " " + String.format("%.3f %e %s", f, f, f) + " " + Float.toString(f) + " " + (double) f);
        double[] edge = {1e7, 9999999.0, 1e-3, 0.001234, 1e-4, 12345678.9, 1.0E21, 123e300, 4.9e-324, 2.2250738585072014E-308, 100.0, 0.1 + 0.2, 1.0 / 3, 2.0 / 3, 1e16, 1.2345e-7};
        for (double d : edge) System.out.print(d + " ");
        System.out.println();
        System.out.println(String.format("%s %S %10s %-10s| %.3s %c %C %b %B %h %%  %n", "hello", "hello", "right", "left", "truncate", 'x', 'y', null, true, "hi").trim());
        System.out.println(String.format("%2$s %1$s %2$s %<s", "a", "b"));
        System.out.println(String.format("%,.3f|%010.2f|%-+8.1f|%+08d", 9876543.21, -3.14159, 2.0, 42));
        System.out.println(String.format("%b %b %b", "", 0, Boolean.FALSE));
        System.out.println(String.format("%x %x %X", (byte) -1, (short) -2, -3L));
        System.out.println(String.format("%05.1f %5.1e %.10f", 9.96, 12345.678, Math.E));
        System.out.println(String.format("%o %x", 8L, Long.MIN_VALUE));
        System.out.println(String.format("%10.4s|%-6b|%3c|", "abcdefgh", true, 'q'));
        System.out.println(String.format("%.1f %.1f %.1f %.1f %.2f %.2f", 0.05, 0.15, 0.25, 0.35, 1.005, 2.675));
        System.out.println(String.format("%.0f %.0f %.0f %.0f", 0.5, 1.5, 2.5, -0.5));
        System.out.println(String.format("%e %e", 0.0, 1234.5));
        System.out.println(String.format("%g %g %g %g %g", 0.0001, 0.00001, 123456.0, 1234567.0, 1.0));
        try { String.format("%d", "x"); } catch (java.util.IllegalFormatException e) { System.out.println(e.getClass().getSimpleName() + ": " + e.getMessage()); }
        try { String.format("%q", 1); } catch (java.util.IllegalFormatException e) { System.out.println(e.getClass().getSimpleName() + ": " + e.getMessage()); }
        try { String.format("%s %s", 1); } catch (java.util.IllegalFormatException e) { System.out.println(e.getClass().getSimpleName() + ": " + e.getMessage()); }
        try { String.format("%-d", 1); } catch (java.util.IllegalFormatException e) { System.out.println(e.getClass().getSimpleName() + ": " + e.getMessage()); }
        try { String.format("%.2d", 1); } catch (java.util.IllegalFormatException e) { System.out.println(e.getClass().getSimpleName() + ": " + e.getMessage()); }
        try { String.format("%#s", 1); } catch (java.util.IllegalFormatException e) { System.out.println(e.getClass().getSimpleName() + ": " + e.getMessage()); }
        String[] specs = {"%#B", "%,X", "%-0X", "%+ X", "%-%", "%5n", "%-n", "%.2%", "%0%", "%--5d", "%.d", "%5!", "%F", "%1$-s", "%<-s", "%#c", "%.1c", "%(a", "%,e", "%#g", "%+s", "%(x", "%#s", "%-08d", "%0$d", "%-,5%", "%s %q", "%d %-d", "%00d", "%,o", "%#d", "%.3x", "% +d", "%-<5s|", "%2$s"};
        for (String spec : specs) {
            try { System.out.println(spec + " -> " + String.format(spec, 255, "x")); }
            catch (java.util.IllegalFormatException e) { System.out.println(spec + " -> " + e.getClass().getSimpleName() + ": " + e.getMessage()); }
        }
        java.math.BigInteger big = new java.math.BigInteger("-255");
        System.out.println(String.format("[%x] [%#x] [%(o] [%+x] [% o] [%#10X] [%-#8o|] [%#o] [%#o] [%#x]", big, big, big, big.negate(), big.negate(), big, big, 0, 8, 0));
        try { System.out.printf("before %d %q", 1); } catch (java.util.IllegalFormatException e) { System.out.println("| printf threw " + e.getMessage()); }
        System.out.println(String.format("%s %<s %<S %s", "one", "two"));
        System.out.println(Double.toString(1e-7) + " " + Float.toString(1e-7f) + " " + Double.valueOf("1e400") + " " + Double.parseDouble("-0x1.8p1") + " " + Float.parseFloat("3.4028236e38"));
        System.out.println(Integer.toString(-255, 16) + " " + Integer.toUnsignedString(-1) + " " + Long.toUnsignedString(-1L) + " " + Integer.parseUnsignedInt("4294967295") + " " + Long.toString(Long.MIN_VALUE, 36));
        System.out.println(Integer.toOctalString(-8) + " " + Long.toBinaryString(5L) + " " + Integer.toHexString(Integer.MIN_VALUE) + " " + Character.forDigit(11, 16) + Character.digit('z', 36));
    }
}
