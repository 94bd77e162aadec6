// Math.pow with exponents so large that the result can only overflow or underflow, of either sign.
public class PowHugeExponents {
    public static void main(String[] args) {
        double[] bases = {-1.5, -1.0, -0.5, 0.5, 0.9999999999999999, 1.0, 1.0000000000000002, 2.0, 128.0, -128.0};
        double[] exponents = {1.8446744073709552E19, -1.8446744073709552E19, 3.7e19, -3.7e19, 1e300, -1e300,
            Double.MAX_VALUE, -Double.MAX_VALUE, Double.MAX_VALUE / 7, 9.007199254740993E15, 1e17, 4e15, 1e19};
        for (double base : bases) {
            StringBuilder line = new StringBuilder(base + ":");
            for (double exponent : exponents) {
                line.append(' ').append(Math.pow(base, exponent));
            }
            System.out.println(line);
        }
        double huge = Double.longBitsToDouble(-9007199254740993L);
        System.out.println(huge + " " + Math.pow(-1.5, huge) + " " + Math.pow(-1.5, -huge) + " " + Math.log10(Math.pow(-1.5, huge)));
    }
}
