public class Quadratics {
    static String solve(double a, double b, double c) {
        if (a == 0) return b == 0 ? (c == 0 ? "all x" : "none") : "x = " + (-c / b);
        double d = b * b - 4 * a * c;
        if (d < 0) {
            double re = -b / (2 * a), im = Math.sqrt(-d) / (2 * a);
            return String.format("x = %.4f +- %.4fi", re, Math.abs(im));
        }
        double q = -0.5 * (b + Math.copySign(Math.sqrt(d), b));
        double x1 = q / a, x2 = c / q;
        return d == 0 ? "x = " + x1 : "x1 = " + Math.min(x1, x2) + ", x2 = " + Math.max(x1, x2);
    }

    public static void main(String[] args) {
        double[][] cases = {{1, -3, 2}, {1, 2, 1}, {1, 0, 1}, {2, -4, -6}, {0, 2, -8}, {1, -1e8, 1}, {0, 0, 5}};
        for (double[] c : cases) System.out.println(java.util.Arrays.toString(c) + " -> " + solve(c[0], c[1], c[2]));
    }
}
