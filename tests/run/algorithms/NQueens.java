public class NQueens {
    static int solutions;
    static int[] first;

    static boolean safe(int[] queens, int row, int col) {
        for (int r = 0; r < row; r++) {
            int c = queens[r];
            if (c == col || Math.abs(c - col) == row - r) return false;
        }
        return true;
    }

    static void place(int[] queens, int row, int n) {
        if (row == n) {
            if (solutions == 0) first = queens.clone();
            solutions++;
            return;
        }
        for (int col = 0; col < n; col++) {
            if (safe(queens, row, col)) {
                queens[row] = col;
                place(queens, row + 1, n);
            }
        }
    }

    public static void main(String[] args) {
        for (int n = 1; n <= 8; n++) {
            solutions = 0;
            first = null;
            place(new int[n], 0, n);
            System.out.println(n + " queens: " + solutions + " solutions");
            if (first != null && n == 8) {
                for (int r = 0; r < n; r++) {
                    StringBuilder line = new StringBuilder();
                    for (int c = 0; c < n; c++) line.append(first[r] == c ? 'Q' : '.');
                    System.out.println(line);
                }
            }
        }
    }
}
