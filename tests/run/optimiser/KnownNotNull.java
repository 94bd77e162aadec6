// Locals tested for null, or dereferenced once, and then dereferenced again: the checks the optimiser
// leaves out and the ones it must keep (a local assigned since, a branch where the test failed).
public class KnownNotNull {
    static final class Node {
        int value;
        Node next;
        Node(int value, Node next) { this.value = value; this.next = next; }
        int take(Node other) { return value + (other == null ? 0 : other.value); }
    }

    static Node list(int length) {
        Node head = null;
        for (int i = length; i > 0; i--) head = new Node(i, head);
        return head;
    }

    static int sum(Node node) {
        int total = 0;
        while (node != null) {
            total += node.value;
            node = node.next;
        }
        return total;
    }

    static int firstOrMinus(Node node) {
        if (node == null) return -1;
        return node.value * 10 + (node.next == null ? 0 : node.next.value);
    }

    static int walkTooFar(Node node) {
        int total = 0;
        while (node != null) {
            node = node.next;
            total += node.value;
        }
        return total;
    }

    static String describe(Object value) {
        if (value instanceof Node) {
            Node node = (Node) value;
            return "node " + node.value;
        }
        return "other " + value;
    }

    static int either(Node a, Node b) {
        if (a == null || a.value > 3) {
            return b == null ? 0 : b.value;
        }
        return a.value + 100;
    }

    static int both(Node a) {
        if (a != null && a.next != null) return a.value + a.next.value;
        return a != null ? a.value : -5;
    }

    static int copies(Node a) {
        Node b = a;
        if (a != null) {
            int first = b.value;
            b = null;
            return first + a.value;
        }
        return 0;
    }

    static int reassignedInArgument(Node x) {
        int result = x.take(x = null);
        try {
            return result + x.value;
        } catch (NullPointerException e) {
            return -result;
        }
    }

    static int afterCatch(Node x) {
        int total = 0;
        try {
            total = x.value;
            x = null;
            total += x.value;
        } catch (NullPointerException e) {
            total -= 1000;
        }
        try {
            return total + x.value;
        } catch (NullPointerException e) {
            return total;
        }
    }

    static int fieldAfterCall(Node x) {
        int taken = x.take(null);
        x.value = taken + 1;
        return x.value;
    }

    public static void main(String[] args) {
        Node three = list(3);
        System.out.println(sum(three) + " " + sum(null) + " " + sum(list(100)));
        System.out.println(firstOrMinus(three) + " " + firstOrMinus(null) + " " + firstOrMinus(new Node(7, null)));
        try {
            System.out.println(walkTooFar(three));
        } catch (NullPointerException e) {
            System.out.println("walked too far");
        }
        System.out.println(describe(three) + ", " + describe("text") + ", " + describe(null));
        System.out.println(either(null, three) + " " + either(new Node(5, null), null) + " " + either(three, null));
        System.out.println(both(three) + " " + both(new Node(9, null)) + " " + both(null));
        System.out.println(copies(three) + " " + copies(null));
        System.out.println(reassignedInArgument(three));
        System.out.println(afterCatch(three));
        System.out.println(fieldAfterCall(new Node(4, null)));
        try {
            fieldAfterCall(null);
        } catch (NullPointerException e) {
            System.out.println("null receiver");
        }
    }
}
