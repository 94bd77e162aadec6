public class KnightsTour {
    static final int N = 6;
    static final int[] DR = {2, 1, -1, -2, -2, -1, 1, 2};
    static final int[] DC = {1, 2, 2, 1, -1, -2, -2, -1};
    static int[][] board = new int[N][N];

    static int degree(int r, int c) {
        int d = 0;
        for (int k = 0; k < 8; k++) {
            int nr = r + DR[k], nc = c + DC[k];
            if (nr >= 0 && nr < N && nc >= 0 && nc < N && board[nr][nc] == 0) d++;
        }
        return d;
    }

    public static void main(String[] args) {
        int r = 0, c = 0;
        board[r][c] = 1;
        for (int step = 2; step <= N * N; step++) {
            int bestK = -1, bestDegree = 9;
            for (int k = 0; k < 8; k++) {
                int nr = r + DR[k], nc = c + DC[k];
                if (nr >= 0 && nr < N && nc >= 0 && nc < N && board[nr][nc] == 0) {
                    int d = degree(nr, nc);
                    if (d < bestDegree) { bestDegree = d; bestK = k; }
                }
            }
            if (bestK < 0) { System.out.println("stuck at step " + step); break; }
            r += DR[bestK];
            c += DC[bestK];
            board[r][c] = step;
        }
        for (int[] row : board) {
            StringBuilder sb = new StringBuilder();
            for (int v : row) sb.append(String.format("%3d", v));
            System.out.println(sb);
        }
    }
}
