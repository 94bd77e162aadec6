public class MinimumSpanningTree {
    static int[] parent;

    static int find(int x) { return parent[x] == x ? x : (parent[x] = find(parent[x])); }

    public static void main(String[] args) {
        int[][] edges = {{0, 1, 7}, {0, 3, 5}, {1, 2, 8}, {1, 3, 9}, {1, 4, 7}, {2, 4, 5}, {3, 4, 15}, {3, 5, 6}, {4, 5, 8}, {4, 6, 9}, {5, 6, 11}};
        java.util.Arrays.sort(edges, (a, b) -> a[2] - b[2]);
        parent = new int[7];
        for (int i = 0; i < 7; i++) parent[i] = i;
        int total = 0;
        StringBuilder used = new StringBuilder();
        for (int[] e : edges) {
            int a = find(e[0]), b = find(e[1]);
            if (a != b) {
                parent[a] = b;
                total += e[2];
                used.append((char) ('A' + e[0])).append((char) ('A' + e[1])).append(' ');
            }
        }
        System.out.println("edges " + used.toString().trim());
        System.out.println("weight " + total);
    }
}
