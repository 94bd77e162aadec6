public class PrefixSums {
    public static void main(String[] args) {
        int[] a = {3, -1, 4, 1, -5, 9, 2, -6, 5, 3};
        long[] prefix = new long[a.length + 1];
        for (int i = 0; i < a.length; i++) prefix[i + 1] = prefix[i] + a[i];
        System.out.println(java.util.Arrays.toString(prefix));
        int[][] queries = {{0, 9}, {2, 5}, {4, 4}, {6, 9}};
        for (int[] q : queries) System.out.println("sum[" + q[0] + ".." + q[1] + "] = " + (prefix[q[1] + 1] - prefix[q[0]]));
        int[][] grid = {{1, 2, 3}, {4, 5, 6}, {7, 8, 9}};
        int[][] p = new int[4][4];
        for (int r = 0; r < 3; r++) for (int c = 0; c < 3; c++) p[r + 1][c + 1] = grid[r][c] + p[r][c + 1] + p[r + 1][c] - p[r][c];
        System.out.println("rect (1,1)-(2,2) = " + (p[3][3] - p[1][3] - p[3][1] + p[1][1]) + ", total " + p[3][3]);
        int count = 0;
        for (int i = 0; i < a.length; i++) for (int j = i; j < a.length; j++) if ((prefix[j + 1] - prefix[i]) % 3 == 0) count++;
        System.out.println("subarrays divisible by 3: " + count);
    }
}
