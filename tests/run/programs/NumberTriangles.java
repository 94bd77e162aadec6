public class NumberTriangles {
    public static void main(String[] args) {
        int[][] t = {{3}, {7, 4}, {2, 4, 6}, {8, 5, 9, 3}, {1, 6, 2, 8, 4}};
        int[] best = t[t.length - 1].clone();
        for (int r = t.length - 2; r >= 0; r--)
            for (int c = 0; c <= r; c++) best[c] = t[r][c] + Math.max(best[c], best[c + 1]);
        System.out.println("max path sum " + best[0]);
        for (int n = 1; n <= 5; n++) {
            StringBuilder sb = new StringBuilder();
            for (int s = 0; s < 5 - n; s++) sb.append(' ');
            for (int k = 1; k <= n; k++) sb.append(k).append(' ');
            System.out.println(sb.toString().replaceAll("\\s+$", ""));
        }
        long triangular = 0;
        int n = 0;
        while (true) {
            n++;
            triangular += n;
            int divisors = 0;
            for (long d = 1; d * d <= triangular; d++) if (triangular % d == 0) divisors += d * d == triangular ? 1 : 2;
            if (divisors > 100) break;
        }
        System.out.println("first triangular number with over 100 divisors: " + triangular + " (n=" + n + ")");
    }
}
