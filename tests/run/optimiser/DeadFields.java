// Fields that no code reads leave their class; the stores into them keep what Java evaluates for them:
// the qualifier, then the value, then the null check of the qualifier.
public class DeadFields {
    static int calls;

    static final class Node {
        Node left;
        Node right;
        int unusedCount;         // never read or written
        long unusedStamp;        // only written, with literals and locals
        String unusedLabel;      // only written, with values that print

        Node(Node left, Node right, long stamp) {
            this.left = left;
            this.right = right;
            this.unusedStamp = stamp;
            this.unusedLabel = label("node");
        }
    }

    static class Base {
        int shared;              // read through the subclass
        int baseOnly;            // written in the base, never read
        Base() { baseOnly = 7; shared = 1; }
    }

    static final class Derived extends Base {
        int own;
        Derived() { own = shared + 1; }
    }

    static final class Holder {
        int value;               // read: stays
        int written;             // written through a null qualifier below
    }

    static String label(String text) {
        calls++;
        System.out.println("label " + text + " " + calls);
        return text + calls;
    }

    static Holder make(String why) {
        System.out.println("make " + why);
        return new Holder();
    }

    static int depth(Node node) {
        return node == null ? 0 : 1 + Math.max(depth(node.left), depth(node.right));
    }

    public static void main(String[] args) {
        Node tree = new Node(new Node(null, null, 1L), new Node(new Node(null, null, 2L), null, 3L), 4L);
        System.out.println("depth " + depth(tree));
        Derived derived = new Derived();
        System.out.println("own " + derived.own);
        Holder holder = make("first");
        holder.value = 5;
        holder.written = holder.value * 2;
        make("second").written = 3;
        System.out.println("value " + holder.value);
        Holder missing = args.length > 100 ? holder : null;
        try {
            missing.written = label("12").length();
            System.out.println("no exception");
        } catch (NullPointerException e) {
            System.out.println("NullPointerException after the value");
        }
        try {
            missing.written = Integer.parseInt("x" + label("oops"));
        } catch (NumberFormatException e) {
            System.out.println("NumberFormatException first: " + e.getMessage());
        }
        System.out.println("calls " + calls);
    }
}
