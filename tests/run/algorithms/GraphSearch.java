public class GraphSearch {
    static int[][] edges = {{0, 1, 4}, {0, 2, 1}, {2, 1, 2}, {1, 3, 1}, {2, 3, 5}, {3, 4, 3}, {5, 4, 1}};
    static final int N = 6;

    public static void main(String[] args) {
        int[][] weight = new int[N][N];
        boolean[][] adjacent = new boolean[N][N];
        for (int[] e : edges) {
            adjacent[e[0]][e[1]] = adjacent[e[1]][e[0]] = true;
            weight[e[0]][e[1]] = weight[e[1]][e[0]] = e[2];
        }
        int[] order = new int[N];
        int[] queue = new int[N];
        boolean[] seen = new boolean[N];
        int head = 0, tail = 0, count = 0;
        queue[tail++] = 0;
        seen[0] = true;
        while (head < tail) {
            int v = queue[head++];
            order[count++] = v;
            for (int w = 0; w < N; w++) if (adjacent[v][w] && !seen[w]) { seen[w] = true; queue[tail++] = w; }
        }
        StringBuilder bfs = new StringBuilder("bfs:");
        for (int i = 0; i < count; i++) bfs.append(' ').append(order[i]);
        System.out.println(bfs);
        int[] dist = new int[N];
        boolean[] done = new boolean[N];
        java.util.Arrays.fill(dist, Integer.MAX_VALUE);
        dist[0] = 0;
        for (int round = 0; round < N; round++) {
            int u = -1;
            for (int v = 0; v < N; v++) if (!done[v] && (u < 0 || dist[v] < dist[u])) u = v;
            if (dist[u] == Integer.MAX_VALUE) break;
            done[u] = true;
            for (int v = 0; v < N; v++) {
                if (adjacent[u][v] && dist[u] + weight[u][v] < dist[v]) dist[v] = dist[u] + weight[u][v];
            }
        }
        System.out.println("dijkstra: " + java.util.Arrays.toString(dist));
        StringBuilder dfs = new StringBuilder("dfs:");
        boolean[] visited = new boolean[N];
        int[] stack = new int[N * N];
        int top = 0;
        stack[top++] = 0;
        while (top > 0) {
            int v = stack[--top];
            if (visited[v]) continue;
            visited[v] = true;
            dfs.append(' ').append(v);
            for (int w = N - 1; w >= 0; w--) if (adjacent[v][w] && !visited[w]) stack[top++] = w;
        }
        System.out.println(dfs);
    }
}
