public class MagicSquareOdd {
    public static void main(String[] args) {
        for (int n = 3; n <= 5; n += 2) {
            int[][] m = new int[n][n];
            int r = 0, c = n / 2;
            for (int k = 1; k <= n * n; k++) {
                m[r][c] = k;
                int nr = (r - 1 + n) % n, nc = (c + 1) % n;
                if (m[nr][nc] != 0) { nr = (r + 1) % n; nc = c; }
                r = nr;
                c = nc;
            }
            for (int[] row : m) {
                StringBuilder sb = new StringBuilder();
                for (int v : row) sb.append(String.format("%3d", v));
                System.out.println(sb);
            }
            System.out.println("magic constant " + n * (n * n + 1) / 2);
        }
    }
}
