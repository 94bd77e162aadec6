// String.format's %a and %A: precision (rounded half to even, carried into the exponent), subnormal
// values, widths, flags, and the JDK's count of zero padding.
public class HexFloatFormat {
    public static void main(String[] args) {
        double[] vs = {1.0, -0.1, 0.0, -0.0, Double.MIN_VALUE, Double.MAX_VALUE, 1.99, 1.5, 2.0 / 3, 1e-310, 255.5, 1.0000001, 0.96875, 1.96875, 1.03125};
        for (double v : vs) {
            System.out.println(String.format("%a|%A|%.1a|%.3a|%.0a|%15a|%-15.2a|%015.4a|%+a|% .13a|%.14a", v, v, v, v, v, v, v, v, v, v, v));
        }
        System.out.println(String.format("%a %a %a %.2a", Double.NaN, Double.NEGATIVE_INFINITY, 0.1f, 3.0f));
        System.out.println(String.format("%08a|%+08a", Double.POSITIVE_INFINITY, Double.NaN));
    }
}
