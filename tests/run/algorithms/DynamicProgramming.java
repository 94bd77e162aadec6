public class DynamicProgramming {
    static int knapsack(int[] weights, int[] values, int capacity) {
        int[][] best = new int[weights.length + 1][capacity + 1];
        for (int i = 1; i <= weights.length; i++) {
            for (int c = 0; c <= capacity; c++) {
                best[i][c] = best[i - 1][c];
                if (weights[i - 1] <= c) {
                    best[i][c] = Math.max(best[i][c], best[i - 1][c - weights[i - 1]] + values[i - 1]);
                }
            }
        }
        return best[weights.length][capacity];
    }

    static String lcs(String a, String b) {
        int[][] len = new int[a.length() + 1][b.length() + 1];
        for (int i = a.length() - 1; i >= 0; i--)
            for (int j = b.length() - 1; j >= 0; j--)
                len[i][j] = a.charAt(i) == b.charAt(j) ? len[i + 1][j + 1] + 1 : Math.max(len[i + 1][j], len[i][j + 1]);
        StringBuilder sb = new StringBuilder();
        int i = 0, j = 0;
        while (i < a.length() && j < b.length()) {
            if (a.charAt(i) == b.charAt(j)) { sb.append(a.charAt(i)); i++; j++; }
            else if (len[i + 1][j] >= len[i][j + 1]) i++;
            else j++;
        }
        return sb.toString();
    }

    static int editDistance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) previous[j] = j;
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] t = previous; previous = current; current = t;
        }
        return previous[b.length()];
    }

    static long countChange(int amount, int[] coins) {
        long[] ways = new long[amount + 1];
        ways[0] = 1;
        for (int coin : coins)
            for (int a = coin; a <= amount; a++) ways[a] += ways[a - coin];
        return ways[amount];
    }

    public static void main(String[] args) {
        System.out.println("knapsack: " + knapsack(new int[] {1, 3, 4, 5}, new int[] {1, 4, 5, 7}, 7));
        System.out.println("lcs: " + lcs("AGGTAB", "GXTXAYB") + " " + lcs("ABCBDAB", "BDCABA"));
        System.out.println("edit: " + editDistance("kitten", "sitting") + " " + editDistance("", "abc") + " " + editDistance("flaw", "lawn"));
        System.out.println("change: " + countChange(100, new int[] {1, 5, 10, 25, 50}) + " " + countChange(1000, new int[] {1, 2, 5, 10, 20, 50, 100, 200}));
    }
}
