public class TicTacToe {
    static char winner(char[] b) {
        int[][] lines = {{0, 1, 2}, {3, 4, 5}, {6, 7, 8}, {0, 3, 6}, {1, 4, 7}, {2, 5, 8}, {0, 4, 8}, {2, 4, 6}};
        for (int[] l : lines) if (b[l[0]] != '.' && b[l[0]] == b[l[1]] && b[l[1]] == b[l[2]]) return b[l[0]];
        return '.';
    }

    static int minimax(char[] b, boolean xTurn, int[] nodes) {
        nodes[0]++;
        char w = winner(b);
        if (w == 'X') return 1;
        if (w == 'O') return -1;
        boolean full = true;
        int best = xTurn ? -2 : 2;
        for (int i = 0; i < 9; i++) {
            if (b[i] != '.') continue;
            full = false;
            b[i] = xTurn ? 'X' : 'O';
            int score = minimax(b, !xTurn, nodes);
            b[i] = '.';
            best = xTurn ? Math.max(best, score) : Math.min(best, score);
        }
        return full ? 0 : best;
    }

    public static void main(String[] args) {
        char[] board = "X.O.X...O".toCharArray();
        int[] nodes = {0};
        System.out.println("value " + minimax(board, true, nodes) + " after " + nodes[0] + " nodes");
        int bestMove = -1, bestScore = -2;
        for (int i = 0; i < 9; i++) {
            if (board[i] != '.') continue;
            board[i] = 'X';
            int s = minimax(board, false, new int[1]);
            board[i] = '.';
            if (s > bestScore) { bestScore = s; bestMove = i; }
        }
        System.out.println("best move " + bestMove + " scores " + bestScore);
        int[] emptyNodes = {0};
        System.out.println("empty board value " + minimax(".........".toCharArray(), true, emptyNodes) + ", nodes " + emptyNodes[0]);
    }
}
