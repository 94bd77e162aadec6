// Locals tested for null on one path and assigned on another: finally blocks, loop exits, switch cases,
// catch handlers. The optimiser may skip a null check only where every path tested or dereferenced the local.
public class KnownNotNullControlFlow {
    static final class Node {
        int value;
        Node next;
        Node(int value, Node next) { this.value = value; this.next = next; }
        Node clear() { next = null; return this; }
    }

    static int afterFinally(Node n) {
        try {
            if (n == null) return 0;
            n.value++;
        } finally {
            n = null;
        }
        try {
            return n.value;
        } catch (NullPointerException e) {
            return -1;
        }
    }

    static int loopExit(Node n) {
        int total = 0;
        while (true) {
            if (n == null) break;
            total += n.value;
            n = n.next;
        }
        try {
            return total + n.value;
        } catch (NullPointerException e) {
            return total;
        }
    }

    static int switchCases(Node n, int k) {
        int total = 0;
        switch (k) {
            case 0: if (n == null) return -5; total = n.value; break;
            case 1: total = n == null ? 7 : n.value; break;
            default: n = null; break;
        }
        try {
            return total + n.value;
        } catch (NullPointerException e) {
            return total * 100;
        }
    }

    static int chained(Node n) {
        Node m = n;
        if (n != null && n.next != null) {
            m = n.next.clear();
            n = n.next.next;
        }
        try {
            return m.value + n.value;
        } catch (NullPointerException e) {
            return -m.value;
        }
    }

    static int inCatch(Node n) {
        try {
            if (n.value > 1) throw new IllegalStateException();
            n = null;
            return 1;
        } catch (IllegalStateException e) {
            return n.value;
        } catch (NullPointerException e) {
            return -9;
        }
    }

    public static void main(String[] args) {
        Node list = new Node(1, new Node(2, new Node(3, null)));
        System.out.println(afterFinally(list) + " " + afterFinally(null));
        System.out.println(loopExit(list) + " " + loopExit(null));
        for (int k = 0; k < 3; k++) System.out.println(switchCases(list, k) + " " + switchCases(null, k));
        System.out.println(chained(list) + " " + chained(new Node(4, null)));
        System.out.println(inCatch(list) + " " + inCatch(new Node(5, null)) + " " + inCatch(null));
    }
}
