public class PrimeSpiral {
    static boolean prime(int n) {
        if (n < 2) return false;
        for (int d = 2; d * d <= n; d++) if (n % d == 0) return false;
        return true;
    }

    public static void main(String[] args) {
        int size = 9;
        int[][] grid = new int[size][size];
        int x = size / 2, y = size / 2, n = 1, step = 1;
        grid[y][x] = n++;
        int[][] dirs = {{1, 0}, {0, -1}, {-1, 0}, {0, 1}};
        int d = 0;
        while (n <= size * size) {
            for (int rep = 0; rep < 2 && n <= size * size; rep++) {
                for (int s = 0; s < step && n <= size * size; s++) {
                    x += dirs[d][0];
                    y += dirs[d][1];
                    grid[y][x] = n++;
                }
                d = (d + 1) % 4;
            }
            step++;
        }
        for (int[] row : grid) {
            StringBuilder sb = new StringBuilder();
            for (int v : row) sb.append(prime(v) ? '*' : '.');
            System.out.println(sb);
        }
        int diagonalPrimes = 0;
        for (int i = 0; i < size; i++) {
            if (prime(grid[i][i])) diagonalPrimes++;
            if (prime(grid[i][size - 1 - i])) diagonalPrimes++;
        }
        System.out.println("diagonal primes " + diagonalPrimes + ", corner " + grid[0][0] + " " + grid[size - 1][size - 1]);
    }
}
