public class GameOfLife {
    static boolean[][] step(boolean[][] grid) {
        int rows = grid.length, cols = grid[0].length;
        boolean[][] next = new boolean[rows][cols];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                int neighbours = 0;
                for (int dr = -1; dr <= 1; dr++)
                    for (int dc = -1; dc <= 1; dc++) {
                        if (dr == 0 && dc == 0) continue;
                        int rr = (r + dr + rows) % rows, cc = (c + dc + cols) % cols;
                        if (grid[rr][cc]) neighbours++;
                    }
                next[r][c] = grid[r][c] ? (neighbours == 2 || neighbours == 3) : neighbours == 3;
            }
        }
        return next;
    }

    static void print(boolean[][] grid, int generation) {
        System.out.println("generation " + generation + ":");
        for (boolean[] row : grid) {
            StringBuilder sb = new StringBuilder();
            for (boolean cell : row) sb.append(cell ? '#' : '.');
            System.out.println(sb);
        }
    }

    public static void main(String[] args) {
        boolean[][] grid = new boolean[8][10];
        int[][] glider = {{0, 1}, {1, 2}, {2, 0}, {2, 1}, {2, 2}};
        for (int[] cell : glider) grid[cell[0]][cell[1]] = true;
        grid[5][6] = grid[5][7] = grid[5][8] = true;
        for (int g = 0; g <= 4; g++) {
            if (g % 2 == 0) print(grid, g);
            grid = step(grid);
        }
        int alive = 0;
        for (boolean[] row : grid) for (boolean cell : row) if (cell) alive++;
        System.out.println("alive: " + alive);
    }
}
