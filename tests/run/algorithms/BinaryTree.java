public class BinaryTree {
    static class Node {
        int key;
        String value;
        Node left, right;
        Node(int key, String value) { this.key = key; this.value = value; }
    }

    private Node root;
    private int size;

    void put(int key, String value) { root = put(root, key, value); }

    private Node put(Node n, int key, String value) {
        if (n == null) { size++; return new Node(key, value); }
        if (key < n.key) n.left = put(n.left, key, value);
        else if (key > n.key) n.right = put(n.right, key, value);
        else n.value = value;
        return n;
    }

    String get(int key) {
        Node n = root;
        while (n != null) {
            if (key == n.key) return n.value;
            n = key < n.key ? n.left : n.right;
        }
        return null;
    }

    int height(Node n) { return n == null ? 0 : 1 + Math.max(height(n.left), height(n.right)); }

    void inOrder(Node n, StringBuilder out) {
        if (n == null) return;
        inOrder(n.left, out);
        out.append(n.key).append('=').append(n.value).append(' ');
        inOrder(n.right, out);
    }

    void levels(StringBuilder out) {
        Node[] queue = new Node[size + 1];
        int head = 0, tail = 0;
        if (root != null) queue[tail++] = root;
        while (head < tail) {
            Node n = queue[head++];
            out.append(n.key).append(' ');
            if (n.left != null) queue[tail++] = n.left;
            if (n.right != null) queue[tail++] = n.right;
        }
    }

    public static void main(String[] args) {
        BinaryTree tree = new BinaryTree();
        int[] keys = {50, 30, 70, 20, 40, 60, 80, 35, 45, 65};
        for (int k : keys) tree.put(k, "v" + k);
        tree.put(40, "forty");
        StringBuilder sb = new StringBuilder();
        tree.inOrder(tree.root, sb);
        System.out.println(sb.toString().trim());
        StringBuilder lv = new StringBuilder();
        tree.levels(lv);
        System.out.println("levels: " + lv.toString().trim());
        System.out.println("size " + tree.size + " height " + tree.height(tree.root));
        System.out.println(tree.get(65) + " " + tree.get(40) + " " + tree.get(99));
    }
}
