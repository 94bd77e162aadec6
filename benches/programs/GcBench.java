// Hans Boehm's GC benchmark, scaled down: complete binary trees built top-down and bottom-up.
public class GcBench {
    static final class Node {
        Node left;
        Node right;
        int i;
        int j;

        Node(Node left, Node right) {
            this.left = left;
            this.right = right;
        }

        Node() {}
    }

    static final int STRETCH_TREE_DEPTH = 16;
    static final int LONG_LIVED_TREE_DEPTH = 14;
    static final int ARRAY_SIZE = 100000;
    static final int MIN_TREE_DEPTH = 4;
    static final int MAX_TREE_DEPTH = 14;

    static int treeSize(int depth) {
        return (1 << (depth + 1)) - 1;
    }

    static int iterationCount(int depth) {
        return 2 * treeSize(STRETCH_TREE_DEPTH) / treeSize(depth);
    }

    static void populate(int depth, Node node) {
        if (depth > 0) {
            node.left = new Node();
            node.right = new Node();
            populate(depth - 1, node.left);
            populate(depth - 1, node.right);
        }
    }

    static Node makeTree(int depth) {
        if (depth <= 0) return new Node();
        return new Node(makeTree(depth - 1), makeTree(depth - 1));
    }

    static int count(Node node) {
        if (node == null) return 0;
        return 1 + count(node.left) + count(node.right);
    }

    static String run() {
        long checked = 0;
        Node stretch = makeTree(STRETCH_TREE_DEPTH);
        checked += count(stretch);
        stretch = null;
        Node longLived = new Node();
        populate(LONG_LIVED_TREE_DEPTH, longLived);
        double[] array = new double[ARRAY_SIZE];
        for (int i = 0; i < ARRAY_SIZE / 2; i++) array[i] = 1.0 / i;
        for (int depth = MIN_TREE_DEPTH; depth <= MAX_TREE_DEPTH; depth += 2) {
            int iterations = iterationCount(depth) / 8;
            for (int i = 0; i < iterations; i++) {
                Node topDown = new Node();
                populate(depth, topDown);
                checked += count(topDown);
            }
            for (int i = 0; i < iterations; i++) {
                checked += count(makeTree(depth));
            }
        }
        return "nodes " + checked + ", long-lived " + count(longLived) + ", array " + array[1000];
    }

    public static void main(String[] args) {
        int iterations = args.length > 0 ? Integer.parseInt(args[0]) : 1;
        String result = "";
        for (int i = 0; i < iterations; i++) {
            long start = System.nanoTime();
            result = run();
            long elapsed = System.nanoTime() - start;
            if (args.length > 0) System.err.println("iteration " + elapsed);
        }
        System.out.println("gcbench: " + result);
    }
}
