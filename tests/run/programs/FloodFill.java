public class FloodFill {
    static int fill(char[][] g, int r, int c, char target, char replacement) {
        if (r < 0 || c < 0 || r >= g.length || c >= g[0].length || g[r][c] != target) return 0;
        g[r][c] = replacement;
        return 1 + fill(g, r + 1, c, target, replacement) + fill(g, r - 1, c, target, replacement)
            + fill(g, r, c + 1, target, replacement) + fill(g, r, c - 1, target, replacement);
    }

    public static void main(String[] args) {
        String[] rows = {"..##......", ".#..#.##..", ".#..#.#.#.", "..##..#.#.", "......###.", "##........"};
        char[][] g = new char[rows.length][];
        for (int i = 0; i < rows.length; i++) g[i] = rows[i].toCharArray();
        int regions = 0;
        for (int r = 0; r < g.length; r++)
            for (int c = 0; c < g[0].length; c++)
                if (g[r][c] == '#') {
                    char label = (char) ('a' + regions++);
                    System.out.println("region " + label + " size " + fill(g, r, c, '#', label));
                }
        for (char[] row : g) System.out.println(String.valueOf(row));
        System.out.println("outside " + fill(g, 0, 0, '.', ' '));
    }
}
