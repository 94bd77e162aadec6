public class TopologicalSort {
    public static void main(String[] args) {
        String[] tasks = {"fetch", "parse", "check", "link", "emit", "validate", "wrap", "write"};
        int[][] deps = {{1, 0}, {2, 1}, {3, 2}, {4, 3}, {5, 4}, {6, 5}, {7, 6}, {7, 5}, {3, 1}};
        int n = tasks.length;
        int[] indegree = new int[n];
        boolean[][] after = new boolean[n][n];
        for (int[] d : deps) { after[d[1]][d[0]] = true; indegree[d[0]]++; }
        StringBuilder order = new StringBuilder();
        boolean[] done = new boolean[n];
        for (int round = 0; round < n; round++) {
            int pick = -1;
            for (int i = 0; i < n; i++) if (!done[i] && indegree[i] == 0) { pick = i; break; }
            if (pick < 0) { order.append("cycle!"); break; }
            done[pick] = true;
            order.append(tasks[pick]).append(round < n - 1 ? " > " : "");
            for (int j = 0; j < n; j++) if (after[pick][j]) indegree[j]--;
        }
        System.out.println(order);
    }
}
