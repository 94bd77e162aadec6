public class MathExact {
    static void attempt(String label, java.util.function.IntSupplier action) {
        try {
            System.out.println(label + " = " + action.getAsInt());
        } catch (ArithmeticException e) {
            System.out.println(label + " threw " + e.getMessage());
        }
    }

    public static void main(String[] args) {
        attempt("add", () -> Math.addExact(2000000000, 100000000));
        attempt("add ok", () -> Math.addExact(20, 22));
        attempt("sub", () -> Math.subtractExact(-2000000000, 200000000));
        attempt("mul", () -> Math.multiplyExact(65536, 65536));
        attempt("mul ok", () -> Math.multiplyExact(-46341, 46340));
        attempt("neg", () -> Math.negateExact(Integer.MIN_VALUE));
        attempt("inc", () -> Math.incrementExact(Integer.MAX_VALUE));
        attempt("dec", () -> Math.decrementExact(Integer.MIN_VALUE));
        attempt("toInt", () -> Math.toIntExact(1L << 33));
        attempt("toInt ok", () -> Math.toIntExact(-5L));
        try {
            System.out.println(Math.multiplyExact(-1L, Long.MIN_VALUE));
        } catch (ArithmeticException e) {
            System.out.println("long mul threw " + e.getMessage());
        }
        System.out.println(Math.multiplyExact(3000000000L, 3L) + " " + Math.addExact(1L, 2L) + " " + Math.subtractExact(10L, 3L));
        int[][] pairs = {{7, 2}, {-7, 2}, {7, -2}, {-7, -2}, {6, 3}, {-6, 3}};
        for (int[] p : pairs) {
            System.out.println(p[0] + "," + p[1] + ": div " + (p[0] / p[1]) + " floorDiv " + Math.floorDiv(p[0], p[1])
                + " rem " + (p[0] % p[1]) + " floorMod " + Math.floorMod(p[0], p[1])
                + " long " + Math.floorDiv((long) p[0], (long) p[1]) + " " + Math.floorMod((long) p[0], (long) p[1]));
        }
        double[] angles = {0.0, 30.0, 90.0, 180.0, 360.0, -45.0};
        for (double a : angles) {
            System.out.println(a + " deg = " + Math.toRadians(a) + " rad = " + Math.toDegrees(Math.toRadians(a)) + " deg");
        }
        double[] roundings = {0.5, 1.5, 2.5, -0.5, -1.5, 2.4999, 1e16 + 1, -3.7};
        for (double r : roundings) {
            System.out.println(r + ": rint " + Math.rint(r) + " round " + Math.round(r) + " floor " + Math.floor(r) + " ceil " + Math.ceil(r));
        }
    }
}
