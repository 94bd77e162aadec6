// String.format's %g: significant digits (six by default, one for a precision of 0), plain between
// 10^-4 and 10^precision after rounding, scientific otherwise, trailing zeros kept; flags and width.
public class FormatGeneral {
    public static void main(String[] args) {
        double[] values = {
            0.0, -0.0, 1.0, -1.0, 0.0001234, 0.00001234, 0.0001, 0.00009999995, 123456.0, 999999.5, 1234567.0, 1e10,
            Math.PI, -Math.E, 1.0 / 3, 2.0 / 3, 0.5, 100.0, 99.99995, 1e-300, 1e300, Double.MAX_VALUE, Double.MIN_VALUE, 12.5, 0.125
        };
        for (double value : values) {
            System.out.println(String.format("%g|%.3g|%.0g|%.1g|%12.4g|%-12.2g|%+g|%G|%.10g", value, value, value, value, value, value, value, value, value));
        }
        System.out.println(String.format("%g %g %.2g", 3.5f, 1e-5f, 123456789f));
        System.out.println(String.format("%g %G", Double.NaN, Double.NEGATIVE_INFINITY));
        try {
            String.format("%g", 3);
        } catch (IllegalArgumentException e) {
            System.out.println(e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }
}
