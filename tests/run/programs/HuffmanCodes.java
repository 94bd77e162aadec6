public class HuffmanCodes {
    static class Node {
        final int weight;
        final char symbol;
        final Node left, right;
        Node(int weight, char symbol, Node left, Node right) { this.weight = weight; this.symbol = symbol; this.left = left; this.right = right; }
        boolean leaf() { return left == null; }
    }

    static void codes(Node n, String prefix, String[] table) {
        if (n.leaf()) { table[n.symbol] = prefix.isEmpty() ? "0" : prefix; return; }
        codes(n.left, prefix + "0", table);
        codes(n.right, prefix + "1", table);
    }

    public static void main(String[] args) {
        String text = "abracadabra alakazam";
        int[] freq = new int[128];
        for (char c : text.toCharArray()) freq[c]++;
        Node[] pool = new Node[128];
        int n = 0;
        for (char c = 0; c < 128; c++) if (freq[c] > 0) pool[n++] = new Node(freq[c], c, null, null);
        while (n > 1) {
            int a = 0, b = 1;
            if (pool[b].weight < pool[a].weight || (pool[b].weight == pool[a].weight && pool[b].symbol < pool[a].symbol)) { a = 1; b = 0; }
            for (int i = 2; i < n; i++) {
                if (pool[i].weight < pool[a].weight) { b = a; a = i; }
                else if (pool[i].weight < pool[b].weight) b = i;
            }
            Node merged = new Node(pool[a].weight + pool[b].weight, (char) Math.min(pool[a].symbol, pool[b].symbol), pool[a], pool[b]);
            int hi = Math.max(a, b), lo = Math.min(a, b);
            pool[lo] = merged;
            pool[hi] = pool[--n];
        }
        String[] table = new String[128];
        codes(pool[0], "", table);
        int bits = 0;
        for (char c = 0; c < 128; c++) if (table[c] != null) { System.out.println("'" + c + "' x" + freq[c] + " " + table[c]); bits += freq[c] * table[c].length(); }
        System.out.println(bits + " bits vs " + text.length() * 8);
    }
}
