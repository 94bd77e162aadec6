// Algorithms: Dijkstra, union-find, KMP, LIS, knapsack, bitmask DP, memoised recursion, array utilities
import java.util.*;

public class GraphsAndDynamicProgramming {
    static int[] parent;

    static int find(int x) {
        while (parent[x] != x) {
            parent[x] = parent[parent[x]];
            x = parent[x];
        }
        return x;
    }

    static int[] kmpTable(String p) {
        int[] t = new int[p.length()];
        for (int i = 1, k = 0; i < p.length(); i++) {
            while (k > 0 && p.charAt(i) != p.charAt(k)) k = t[k - 1];
            if (p.charAt(i) == p.charAt(k)) k++;
            t[i] = k;
        }
        return t;
    }

    static List<Integer> kmpSearch(String s, String p) {
        int[] t = kmpTable(p);
        List<Integer> found = new ArrayList<>();
        for (int i = 0, k = 0; i < s.length(); i++) {
            while (k > 0 && s.charAt(i) != p.charAt(k)) k = t[k - 1];
            if (s.charAt(i) == p.charAt(k)) k++;
            if (k == p.length()) {
                found.add(i - k + 1);
                k = t[k - 1];
            }
        }
        return found;
    }

    static Map<Long, Long> memo = new HashMap<>();

    static long collatzSteps(long n) {
        if (n == 1) return 0;
        Long cached = memo.get(n);
        if (cached != null) return cached;
        long r = 1 + collatzSteps(n % 2 == 0 ? n / 2 : 3 * n + 1);
        memo.put(n, r);
        return r;
    }

    public static void main(String[] args) {
        int n = 8;
        List<List<int[]>> graph = new ArrayList<>();
        for (int i = 0; i < n; i++) graph.add(new ArrayList<>());
        Random rnd = new Random(7);
        for (int e = 0; e < 20; e++) {
            int a = rnd.nextInt(n), b = rnd.nextInt(n), w = 1 + rnd.nextInt(20);
            graph.get(a).add(new int[] {b, w});
            graph.get(b).add(new int[] {a, w});
        }
        long[] dist = new long[n];
        Arrays.fill(dist, Long.MAX_VALUE);
        dist[0] = 0;
        PriorityQueue<long[]> pq = new PriorityQueue<>((long[] x, long[] y) -> Long.compare(x[0], y[0]));
        pq.add(new long[] {0, 0});
        while (!pq.isEmpty()) {
            long[] cur = pq.poll();
            int u = (int) cur[1];
            if (cur[0] > dist[u]) continue;
            for (int[] edge : graph.get(u)) {
                long nd = dist[u] + edge[1];
                if (nd < dist[edge[0]]) {
                    dist[edge[0]] = nd;
                    pq.add(new long[] {nd, edge[0]});
                }
            }
        }
        System.out.println("dijkstra " + Arrays.toString(dist));
        parent = new int[10];
        for (int i = 0; i < 10; i++) parent[i] = i;
        int[][] unions = {{1, 2}, {3, 4}, {2, 3}, {5, 6}, {7, 7}, {8, 9}, {9, 5}};
        for (int[] u : unions) parent[find(u[0])] = find(u[1]);
        Set<Integer> roots = new TreeSet<>();
        for (int i = 0; i < 10; i++) roots.add(find(i));
        System.out.println("components " + roots.size() + " " + (find(1) == find(4)) + " " + (find(6) == find(8)) + " " + (find(0) == find(1)));
        System.out.println("kmp " + kmpSearch("abababcababcabab", "ababc") + " " + Arrays.toString(kmpTable("aabaaab")));
        int[] seq = new int[30];
        for (int i = 0; i < seq.length; i++) seq[i] = rnd.nextInt(100);
        int[] tails = new int[seq.length];
        int len = 0;
        for (int x : seq) {
            int pos = Arrays.binarySearch(tails, 0, len, x);
            if (pos < 0) pos = -pos - 1;
            tails[pos] = x;
            if (pos == len) len++;
        }
        System.out.println("lis " + len + " " + Arrays.toString(Arrays.copyOf(tails, len)));
        int[] weights = {12, 7, 11, 8, 9}, values = {24, 13, 23, 15, 16};
        int cap = 26;
        int[] best = new int[cap + 1];
        for (int i = 0; i < weights.length; i++)
            for (int c = cap; c >= weights[i]; c--) best[c] = Math.max(best[c], best[c - weights[i]] + values[i]);
        System.out.println("knapsack " + best[cap]);
        int cities = 10;
        int[][] cost = new int[cities][cities];
        for (int i = 0; i < cities; i++)
            for (int j = 0; j < cities; j++) cost[i][j] = i == j ? 0 : 1 + (i * 7 + j * 13) % 29;
        int full = 1 << cities;
        int[][] dp = new int[full][cities];
        for (int[] row : dp) Arrays.fill(row, Integer.MAX_VALUE / 2);
        dp[1][0] = 0;
        for (int mask = 1; mask < full; mask++)
            for (int last = 0; last < cities; last++) {
                if ((mask & (1 << last)) == 0 || dp[mask][last] >= Integer.MAX_VALUE / 2) continue;
                for (int next = 0; next < cities; next++)
                    if ((mask & (1 << next)) == 0) {
                        int nm = mask | (1 << next);
                        dp[nm][next] = Math.min(dp[nm][next], dp[mask][last] + cost[last][next]);
                    }
            }
        int tour = Integer.MAX_VALUE;
        for (int last = 1; last < cities; last++) tour = Math.min(tour, dp[full - 1][last] + cost[last][0]);
        System.out.println("tsp " + tour);
        long maxSteps = 0, arg = 0;
        for (long i = 1; i < 30000; i++) {
            long s = collatzSteps(i);
            if (s > maxSteps) {
                maxSteps = s;
                arg = i;
            }
        }
        System.out.println("collatz " + arg + " " + maxSteps + " " + memo.size());
        int[] a = {1, 2, 3, 4, 5, 6, 7, 8};
        System.arraycopy(a, 0, a, 2, 5);
        System.out.println(Arrays.toString(a));
        System.arraycopy(a, 3, a, 1, 4);
        System.out.println(Arrays.toString(a) + " " + Arrays.toString(Arrays.copyOfRange(a, 5, 11)) + " " + Arrays.equals(new int[] {1}, new int[] {1}) + " " + Arrays.hashCode(new int[] {1, 2}) + " " + Arrays.deepHashCode(new Object[] {new int[] {1}, "x"}));
        Integer[] boxed = {5, 3, 9, 1, 7};
        Arrays.sort(boxed, Collections.reverseOrder());
        String[] words = {"delta", "Alpha", "charlie", "Bravo"};
        Arrays.sort(words);
        String[] words2 = words.clone();
        Arrays.sort(words2, String.CASE_INSENSITIVE_ORDER);
        System.out.println(Arrays.toString(boxed) + " " + Arrays.toString(words) + " " + Arrays.toString(words2) + " " + Arrays.asList(words2).indexOf("charlie"));
        long[] big = new long[5];
        Arrays.setAll(big, i -> (long) i * i * 1_000_000_007L);
        System.out.println(Arrays.toString(big) + " " + Arrays.stream(big).max().getAsLong() + " " + Arrays.binarySearch(big, 4_000_000_028L));
        char[][] board = new char[3][3];
        for (char[] row : board) Arrays.fill(row, '.');
        board[1][1] = 'X';
        board[0][2] = 'O';
        for (char[] row : board) System.out.println(new String(row));
        double[] ds = {3.5, -1.0, 2.25, Double.NaN, -0.0, 0.0};
        Arrays.sort(ds);
        System.out.println(Arrays.toString(ds));
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 5; i++) sb.append(Integer.toBinaryString(i | 8).substring(1)).append(i < 4 ? "," : "");
        System.out.println(sb);
    }
}
