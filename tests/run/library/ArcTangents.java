public class ArcTangents {
    public static void main(String[] args) {
        long seed = 11;
        long hash = 0;
        for (int i = 0; i < 20000; i++) {
            seed = seed * 6364136223846793005L + 1442695040888963407L;
            double x = ((seed >>> 11) * 1.1102230246251565e-16 - 0.5) * Math.pow(10, (int) ((seed >>> 3) % 12) - 4);
            seed = seed * 6364136223846793005L + 1442695040888963407L;
            double y = ((seed >>> 11) * 1.1102230246251565e-16 - 0.5) * Math.pow(10, (int) ((seed >>> 3) % 12) - 4);
            hash = hash * 31 + Double.doubleToLongBits(Math.atan(x)) + 7 * Double.doubleToLongBits(Math.atan2(y, x));
        }
        System.out.println(hash);
        System.out.println(Math.atan(1) + " " + Math.atan(-0.5) + " " + Math.atan2(3, -4) + " " + Math.atan2(-0.0, -1) + " " + Math.atan(1e300));
        double[] xs = {0.1, 0.4375, 0.5, 0.6875, 0.9, 1.1875, 2, 2.4375, 10, 1e20};
        StringBuilder sb = new StringBuilder();
        for (double x : xs) sb.append(Math.atan(x)).append(' ');
        System.out.println(sb.toString().trim());
        System.out.println(Math.toDegrees(Math.atan2(1, 1)) + " " + Math.toDegrees(Math.atan2(-1, -Math.sqrt(3))));
    }
}
