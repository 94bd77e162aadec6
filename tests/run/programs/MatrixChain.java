public class MatrixChain {
    public static void main(String[] args) {
        int[] dims = {40, 20, 30, 10, 30};
        int n = dims.length - 1;
        long[][] cost = new long[n][n];
        int[][] split = new int[n][n];
        for (int len = 2; len <= n; len++) {
            for (int i = 0; i + len - 1 < n; i++) {
                int j = i + len - 1;
                cost[i][j] = Long.MAX_VALUE;
                for (int k = i; k < j; k++) {
                    long c = cost[i][k] + cost[k + 1][j] + (long) dims[i] * dims[k + 1] * dims[j + 1];
                    if (c < cost[i][j]) { cost[i][j] = c; split[i][j] = k; }
                }
            }
        }
        System.out.println("minimum multiplications " + cost[0][n - 1]);
        System.out.println("order " + parens(split, 0, n - 1));
    }

    static String parens(int[][] split, int i, int j) {
        if (i == j) return "M" + (i + 1);
        return "(" + parens(split, i, split[i][j]) + " x " + parens(split, split[i][j] + 1, j) + ")";
    }
}
