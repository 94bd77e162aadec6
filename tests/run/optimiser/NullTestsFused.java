// Null tests of a local followed by one dereference: the optimiser reads the local as non-null after the
// test, and the emitter makes the test itself yield the non-null value (one test, not two).
public class NullTestsFused {
    static final class Node {
        int value;
        Node next;
        Node(int value, Node next) { this.value = value; this.next = next; }
    }

    static Node list(int length) {
        Node head = null;
        for (int i = length; i > 0; i--) head = new Node(i, head);
        return head;
    }

    // while (a != null): the loop's test yields the node.
    static int length(Node node) {
        int count = 0;
        Node current = node;
        while (current != null) {
            current = current.next;
            count++;
        }
        return count;
    }

    // A guard that returns, then one dereference that assigns the local.
    static boolean isShorterThan(Node x, Node y) {
        Node xTail = x;
        Node yTail = y;
        while (yTail != null) {
            if (xTail == null) return true;
            xTail = xTail.next;
            yTail = yTail.next;
        }
        return false;
    }

    // A guard that throws, and one that breaks out of a loop.
    static int secondValue(Node node) {
        Node next = node.next;
        if (next == null) throw new IllegalStateException("no second node");
        return next.value;
    }

    static int sumUntilGap(Node node) {
        int sum = 0;
        Node current = node;
        while (true) {
            if (current == null) break;
            sum += current.value;
            current = current.next;
        }
        return sum;
    }

    // if/else with a value, both ways round.
    static int valueOr(Node node, int otherwise) {
        return node != null ? node.value : otherwise;
    }

    static int valueOrNegated(Node node, int otherwise) {
        if (node == null) {
            return -otherwise;
        } else {
            return node.value * 10;
        }
    }

    static String describe(Object value) {
        String text = value == null ? null : value.toString();
        if (text != null) {
            return "[" + text.length() + "]";
        }
        return "nothing";
    }

    public static void main(String[] args) {
        Node five = list(5);
        Node three = list(3);
        System.out.println(length(five) + " " + length(three) + " " + length(null));
        System.out.println(isShorterThan(three, five) + " " + isShorterThan(five, three) + " " + isShorterThan(null, three) + " " + isShorterThan(three, null));
        System.out.println(secondValue(five));
        try {
            secondValue(new Node(1, null));
        } catch (IllegalStateException e) {
            System.out.println(e.getMessage());
        }
        try {
            secondValue(null);
        } catch (NullPointerException e) {
            System.out.println("NullPointerException");
        }
        System.out.println(sumUntilGap(five) + " " + sumUntilGap(null));
        System.out.println(valueOr(five, 7) + " " + valueOr(null, 7) + " " + valueOrNegated(three, 4) + " " + valueOrNegated(null, 4));
        System.out.println(describe("four") + " " + describe(null) + " " + describe(12345));
    }
}
