public class CubeRoots {
    public static void main(String[] args) {
        long seed = 99;
        long hash = 0;
        for (int i = 0; i < 20000; i++) {
            seed = seed * 6364136223846793005L + 1442695040888963407L;
            double x = ((seed >>> 11) * 1.1102230246251565e-16 - 0.5) * Math.pow(10, (int) ((seed >>> 3) % 40) - 20);
            hash = hash * 31 + Double.doubleToLongBits(Math.cbrt(x));
        }
        System.out.println(hash);
        double[] xs = {0.0, -0.0, 1, 2, 3, 8, -27, 1000, 0.001, 1e300, 4.9e-324, Double.POSITIVE_INFINITY, Double.NaN};
        StringBuilder sb = new StringBuilder();
        for (double x : xs) sb.append(Math.cbrt(x)).append(' ');
        System.out.println(sb.toString().trim());
    }
}
