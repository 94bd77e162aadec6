public class Sudoku4x4 {
    static int[][] grid = {
        {1, 0, 0, 0},
        {0, 0, 3, 0},
        {0, 4, 0, 0},
        {0, 0, 0, 2}
    };
    static int steps = 0;

    static boolean ok(int r, int c, int v) {
        for (int i = 0; i < 4; i++) if (grid[r][i] == v || grid[i][c] == v) return false;
        int br = r / 2 * 2, bc = c / 2 * 2;
        for (int i = br; i < br + 2; i++) for (int j = bc; j < bc + 2; j++) if (grid[i][j] == v) return false;
        return true;
    }

    static boolean solve() {
        for (int r = 0; r < 4; r++) for (int c = 0; c < 4; c++) {
            if (grid[r][c] != 0) continue;
            for (int v = 1; v <= 4; v++) {
                steps++;
                if (ok(r, c, v)) {
                    grid[r][c] = v;
                    if (solve()) return true;
                    grid[r][c] = 0;
                }
            }
            return false;
        }
        return true;
    }

    public static void main(String[] args) {
        System.out.println("solved " + solve() + " in " + steps + " steps");
        for (int[] row : grid) System.out.println(java.util.Arrays.toString(row));
    }
}
