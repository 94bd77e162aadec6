public class DateDifferences {
    static long toDays(int y, int m, int d) {
        if (m < 3) { y--; m += 12; }
        return 365L * y + y / 4 - y / 100 + y / 400 + (153 * (m - 3) + 2) / 5 + d - 1;
    }

    public static void main(String[] args) {
        int[][] pairs = {{2000, 1, 1, 2024, 1, 1}, {1999, 12, 31, 2000, 3, 1}, {2024, 2, 28, 2024, 3, 1}, {1970, 1, 1, 2038, 1, 19}};
        for (int[] p : pairs) {
            long diff = toDays(p[3], p[4], p[5]) - toDays(p[0], p[1], p[2]);
            System.out.printf("%d-%02d-%02d to %d-%02d-%02d: %d days, %.2f weeks, %d seconds%n", p[0], p[1], p[2], p[3], p[4], p[5], diff, diff / 7.0, diff * 86400);
        }
    }
}
