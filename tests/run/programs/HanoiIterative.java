public class HanoiIterative {
    public static void main(String[] args) {
        int n = 4;
        int[][] pegs = new int[3][n];
        int[] heights = new int[3];
        for (int d = n; d >= 1; d--) pegs[0][heights[0]++] = d;
        int moves = (1 << n) - 1;
        int smallestPeg = 0;
        int direction = n % 2 == 0 ? 1 : 2;
        for (int m = 1; m <= moves; m++) {
            int from, to;
            if (m % 2 == 1) {
                from = smallestPeg;
                to = (smallestPeg + direction) % 3;
                smallestPeg = to;
            } else {
                int a = (smallestPeg + 1) % 3, b = (smallestPeg + 2) % 3;
                int topA = heights[a] == 0 ? Integer.MAX_VALUE : pegs[a][heights[a] - 1];
                int topB = heights[b] == 0 ? Integer.MAX_VALUE : pegs[b][heights[b] - 1];
                if (topA < topB) { from = a; to = b; } else { from = b; to = a; }
            }
            int disk = pegs[from][--heights[from]];
            pegs[to][heights[to]++] = disk;
            if (m <= 5 || m == moves) System.out.println("move " + m + ": disk " + disk + " " + (char) ('A' + from) + "->" + (char) ('A' + to));
        }
        System.out.println("final heights " + java.util.Arrays.toString(heights));
    }
}
