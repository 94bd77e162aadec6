public class WaterJugs {
    public static void main(String[] args) {
        int capA = 3, capB = 5, goal = 4;
        boolean[][] seen = new boolean[capA + 1][capB + 1];
        int[][] queue = new int[(capA + 1) * (capB + 1)][];
        int[][][] parent = new int[capA + 1][capB + 1][];
        int head = 0, tail = 0;
        queue[tail++] = new int[] {0, 0};
        seen[0][0] = true;
        int[] found = null;
        while (head < tail && found == null) {
            int[] s = queue[head++];
            int a = s[0], b = s[1];
            int pourAB = Math.min(a, capB - b), pourBA = Math.min(b, capA - a);
            int[][] nexts = {{capA, b}, {a, capB}, {0, b}, {a, 0}, {a - pourAB, b + pourAB}, {a + pourBA, b - pourBA}};
            for (int[] n : nexts) {
                if (!seen[n[0]][n[1]]) {
                    seen[n[0]][n[1]] = true;
                    parent[n[0]][n[1]] = s;
                    queue[tail++] = n;
                    if (n[0] == goal || n[1] == goal) { found = n; break; }
                }
            }
        }
        StringBuilder path = new StringBuilder();
        int steps = 0;
        for (int[] s = found; s != null; s = parent[s[0]][s[1]]) {
            path.insert(0, "(" + s[0] + "," + s[1] + ") ");
            steps++;
        }
        System.out.println(path.toString().trim());
        System.out.println((steps - 1) + " pours");
    }
}
