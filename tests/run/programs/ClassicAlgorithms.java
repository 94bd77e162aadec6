// ClassicAlgorithms: graph search, dynamic programming, matrices and a sudoku solver
import java.util.*;

public class ClassicAlgorithms {
    static int[][] grid = {
        {5, 3, 0, 0, 7, 0, 0, 0, 0}, {6, 0, 0, 1, 9, 5, 0, 0, 0}, {0, 9, 8, 0, 0, 0, 0, 6, 0},
        {8, 0, 0, 0, 6, 0, 0, 0, 3}, {4, 0, 0, 8, 0, 3, 0, 0, 1}, {7, 0, 0, 0, 2, 0, 0, 0, 6},
        {0, 6, 0, 0, 0, 0, 2, 8, 0}, {0, 0, 0, 4, 1, 9, 0, 0, 5}, {0, 0, 0, 0, 8, 0, 0, 7, 9}};
    static boolean solve() {
        for (int r = 0; r < 9; r++) for (int c = 0; c < 9; c++) if (grid[r][c] == 0) {
            for (int v = 1; v <= 9; v++) if (fits(r, c, v)) { grid[r][c] = v; if (solve()) return true; grid[r][c] = 0; }
            return false;
        }
        return true;
    }
    static boolean fits(int r, int c, int v) {
        for (int i = 0; i < 9; i++) if (grid[r][i] == v || grid[i][c] == v || grid[r / 3 * 3 + i / 3][c / 3 * 3 + i % 3] == v) return false;
        return true;
    }
    static int[] dijkstra(List<List<int[]>> adj, int src) {
        int[] dist = new int[adj.size()]; Arrays.fill(dist, Integer.MAX_VALUE); dist[src] = 0;
        PriorityQueue<int[]> pq = new PriorityQueue<>((int[] a, int[] b) -> a[1] != b[1] ? Integer.compare(a[1], b[1]) : Integer.compare(a[0], b[0]));
        pq.add(new int[]{src, 0});
        while (!pq.isEmpty()) {
            int[] cur = pq.poll();
            if (cur[1] > dist[cur[0]]) continue;
            for (int[] e : adj.get(cur[0])) { int nd = cur[1] + e[1]; if (nd < dist[e[0]]) { dist[e[0]] = nd; pq.add(new int[]{e[0], nd}); } }
        }
        return dist;
    }
    static String lcs(String a, String b) {
        int[][] dp = new int[a.length() + 1][b.length() + 1];
        for (int i = 1; i <= a.length(); i++) for (int j = 1; j <= b.length(); j++)
            dp[i][j] = a.charAt(i - 1) == b.charAt(j - 1) ? dp[i - 1][j - 1] + 1 : Math.max(dp[i - 1][j], dp[i][j - 1]);
        StringBuilder sb = new StringBuilder();
        for (int i = a.length(), j = b.length(); i > 0 && j > 0; ) {
            if (a.charAt(i - 1) == b.charAt(j - 1)) { sb.append(a.charAt(i - 1)); i--; j--; } else if (dp[i - 1][j] >= dp[i][j - 1]) i--; else j--;
        }
        return sb.reverse().toString();
    }
    static double[][] mul(double[][] a, double[][] b) {
        int n = a.length, m = b[0].length, k = b.length; double[][] c = new double[n][m];
        for (int i = 0; i < n; i++) for (int j = 0; j < m; j++) { double s = 0; for (int x = 0; x < k; x++) s += a[i][x] * b[x][j]; c[i][j] = s; }
        return c;
    }
    static long modpow(long b, long e, long m) { long r = 1; b %= m; while (e > 0) { if ((e & 1) == 1) r = r * b % m; b = b * b % m; e >>= 1; } return r; }
    static List<List<Integer>> subsets(int[] xs) {
        List<List<Integer>> out = new ArrayList<>();
        for (int mask = 0; mask < 1 << xs.length; mask++) { List<Integer> s = new ArrayList<>(); for (int i = 0; i < xs.length; i++) if ((mask >> i & 1) != 0) s.add(xs[i]); if (s.stream().mapToInt(Integer::intValue).sum() == 10) out.add(s); }
        return out;
    }
    static void permutations(String prefix, String rest, List<String> out) {
        if (rest.isEmpty()) { out.add(prefix); return; }
        for (int i = 0; i < rest.length(); i++) permutations(prefix + rest.charAt(i), rest.substring(0, i) + rest.substring(i + 1), out);
    }
    static int editDistance(String s, String t) {
        int[] prev = new int[t.length() + 1], cur = new int[t.length() + 1];
        for (int j = 0; j <= t.length(); j++) prev[j] = j;
        for (int i = 1; i <= s.length(); i++) { cur[0] = i; for (int j = 1; j <= t.length(); j++) cur[j] = Math.min(Math.min(cur[j - 1], prev[j]) + 1, prev[j - 1] + (s.charAt(i - 1) == t.charAt(j - 1) ? 0 : 1)); int[] tmp = prev; prev = cur; cur = tmp; }
        return prev[t.length()];
    }
    public static void main(String[] args) {
        System.out.println(solve());
        for (int[] row : grid) System.out.println(Arrays.toString(row));
        int n = 8; List<List<int[]>> adj = new ArrayList<>(); for (int i = 0; i < n; i++) adj.add(new ArrayList<>());
        Random rnd = new Random(99);
        for (int i = 0; i < 20; i++) { int a = rnd.nextInt(n), b = rnd.nextInt(n), w = 1 + rnd.nextInt(20); adj.get(a).add(new int[]{b, w}); adj.get(b).add(new int[]{a, w}); }
        System.out.println(Arrays.toString(dijkstra(adj, 0)));
        System.out.println(lcs("AGGTABQXYZ", "GXTXAYBQZ") + " " + editDistance("kitten", "sitting") + " " + editDistance("intention", "execution"));
        double[][] m = {{1, 2}, {3, 4}}; double[][] p = m; for (int i = 0; i < 5; i++) p = mul(p, m);
        System.out.println(Arrays.deepToString(p) + " " + Arrays.deepToString(mul(new double[][]{{0.1, 0.2, 0.3}}, new double[][]{{1}, {2}, {3}})));
        System.out.println(modpow(3, 1000000, 1000000007L) + " " + modpow(2, 62, Long.MAX_VALUE));
        System.out.println(subsets(new int[]{1, 2, 3, 4, 5, 6}));
        List<String> perms = new ArrayList<>(); permutations("", "abcd", perms); System.out.println(perms.size() + " " + perms.subList(0, 6) + " " + perms.get(23));
        long[] memo = new long[91]; memo[1] = 1; for (int i = 2; i <= 90; i++) memo[i] = memo[i - 1] + memo[i - 2]; System.out.println(memo[90]);
        StringBuilder primes = new StringBuilder(); boolean[] comp = new boolean[100]; for (int i = 2; i < 100; i++) { if (!comp[i]) { primes.append(i).append(' '); for (int j = i * i; j < 100; j += i) comp[j] = true; } } System.out.println(primes.toString().trim());
        int[] coins = {1, 5, 10, 25}; int[] ways = new int[101]; ways[0] = 1; for (int c : coins) for (int v = c; v <= 100; v++) ways[v] += ways[v - c]; System.out.println(ways[100]);
        String text = "it was the best of times it was the worst of times"; Map<String, Integer> wc = new TreeMap<>(); for (String w : text.split("\\s+")) wc.merge(w, 1, Integer::sum);
        List<Map.Entry<String, Integer>> es = new ArrayList<>(wc.entrySet()); es.sort(Map.Entry.<String, Integer>comparingByValue().reversed()); System.out.println(es);
        int[] data = new int[15]; for (int i = 0; i < data.length; i++) data[i] = rnd.nextInt(100); int[] sorted = data.clone();
        for (int i = 1; i < sorted.length; i++) { int key = sorted[i], j = i - 1; while (j >= 0 && sorted[j] > key) { sorted[j + 1] = sorted[j]; j--; } sorted[j + 1] = key; }
        System.out.println(Arrays.toString(data) + " -> " + Arrays.toString(sorted));
        System.out.println(Integer.toBinaryString(42) + " " + Long.toString(255, 2) + " " + String.format("%8s", Integer.toBinaryString(5)).replace(' ', '0'));
    }
}
