public class WordLadder {
    static boolean adjacent(String a, String b) {
        if (a.length() != b.length()) return false;
        int diff = 0;
        for (int i = 0; i < a.length(); i++) if (a.charAt(i) != b.charAt(i)) diff++;
        return diff == 1;
    }

    public static void main(String[] args) {
        String[] words = {"hit", "hot", "dot", "dog", "cog", "lot", "log", "lit", "cot"};
        int n = words.length;
        int[] dist = new int[n];
        int[] from = new int[n];
        java.util.Arrays.fill(dist, -1);
        int[] queue = new int[n];
        int head = 0, tail = 0;
        queue[tail++] = 0;
        dist[0] = 0;
        from[0] = -1;
        while (head < tail) {
            int w = queue[head++];
            for (int v = 0; v < n; v++) {
                if (dist[v] < 0 && adjacent(words[w], words[v])) { dist[v] = dist[w] + 1; from[v] = w; queue[tail++] = v; }
            }
        }
        for (int target = 1; target < n; target++) {
            StringBuilder path = new StringBuilder();
            for (int w = target; w >= 0; w = from[w]) path.insert(0, words[w] + (path.length() > 0 ? " -> " : ""));
            System.out.println(words[target] + " (" + dist[target] + "): " + path);
        }
    }
}
