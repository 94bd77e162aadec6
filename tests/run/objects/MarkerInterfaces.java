// The marker interfaces: every array is Cloneable and Serializable; strings, boxes and throwables are
// Serializable; a class is either only when it says so. Tests, casts (ClassCastException with the JVM's
// message) and variables of the interface types.
import java.io.Serializable;

public class MarkerInterfaces {
    static class Plain {
        public String toString() { return "plain"; }
    }

    static class Saved implements Serializable {
        final int id;
        Saved(int id) { this.id = id; }
        public String toString() { return "saved " + id; }
    }

    static class Copyable implements Cloneable {
        public String toString() { return "copyable"; }
    }

    static String describe(Object value) {
        return (value instanceof Comparable) + " " + (value instanceof Serializable) + " " + (value instanceof Cloneable)
            + " " + (value instanceof CharSequence);
    }

    public static void main(String[] args) {
        Object[] things = {
            new char[2], 1, "s", new int[0], new Object(), new String[0], new Saved(7), new Plain(), new Copyable(),
            new int[2][3], 2.5, 'c', 3L, true, new RuntimeException("x"), new Saved[1]
        };
        for (Object value : things) {
            String name = value.getClass().getName();
            System.out.println(name + ": " + describe(value));
            try {
                Comparable comparable = (Comparable) value;
                System.out.println("  comparable " + comparable.compareTo(value));
            } catch (ClassCastException e) {
                System.out.println("  " + e.getMessage());
            }
            try {
                Serializable serializable = (Serializable) value;
                System.out.println("  serializable " + (serializable == value));
            } catch (ClassCastException e) {
                System.out.println("  " + e.getMessage());
            }
            try {
                Cloneable cloneable = (Cloneable) value;
                System.out.println("  cloneable " + (cloneable == value));
            } catch (ClassCastException e) {
                System.out.println("  " + e.getMessage());
            }
        }
        Serializable[] kept = { "text", 42, new Saved(1), new long[] { 5 } };
        for (Serializable item : kept) System.out.println(item instanceof Saved ? item.toString() : item.getClass().getSimpleName());
        Cloneable grid = new double[2][2];
        System.out.println(grid instanceof double[][]);
    }
}
