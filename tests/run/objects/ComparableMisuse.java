// Comparisons that the JVM rejects with ClassCastException: keys that are not Comparable, mixed key types.
// Its expected output is that of `javac` then `java -cp`, whose loader is named 'app' in the messages (the
// source launcher, `java ComparableMisuse.java`, names its in-memory loader instead).
import java.util.*;

public class ComparableMisuse {
    static class Point {
        final int x;
        Point(int x) { this.x = x; }
        public String toString() { return "Point" + x; }
    }

    enum Size { SMALL, LARGE }

    static void attempt(String label, Runnable action) {
        try {
            action.run();
            System.out.println(label + ": passed");
        } catch (ClassCastException e) {
            System.out.println(label + ": " + e.getMessage());
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    public static void main(String[] args) {
        attempt("TreeSet of Points", () -> {
            TreeSet<Object> set = new TreeSet<>();
            set.add(new Point(1));
        });
        attempt("TreeMap of Points", () -> {
            TreeMap<Object, String> map = new TreeMap<>();
            map.put(new Point(1), "one");
            map.put(new Point(2), "two");
        });
        attempt("TreeSet mixed", () -> {
            TreeSet<Object> set = new TreeSet<>();
            set.add("a");
            set.add(1);
        });
        attempt("TreeSet mixed other way", () -> {
            TreeSet<Object> set = new TreeSet<>();
            set.add(1);
            set.add("a");
        });
        attempt("sort mixed", () -> {
            List<Object> list = new ArrayList<>(List.of(3, "x", 1));
            Collections.sort((List) list);
        });
        attempt("sort Points", () -> {
            List<Object> list = new ArrayList<>(List.of(new Point(2), new Point(1)));
            Collections.sort((List) list);
        });
        attempt("Arrays.sort Points", () -> {
            Object[] array = {new Point(2), new Point(1)};
            Arrays.sort(array);
        });
        attempt("Arrays.sort mixed", () -> {
            Object[] array = {2L, 1};
            Arrays.sort(array);
        });
        attempt("compareTo Integer with Long", () -> System.out.println(((Comparable) Integer.valueOf(1)).compareTo(2L)));
        attempt("compareTo String with Integer", () -> System.out.println(((Comparable) "a").compareTo(2)));
        attempt("compareTo Double with Float", () -> System.out.println(((Comparable) 1.5).compareTo(1.5f)));
        attempt("compareTo Character with String", () -> System.out.println(((Comparable) 'c').compareTo("c")));
        attempt("compareTo Boolean with Integer", () -> System.out.println(((Comparable) true).compareTo(1)));
        attempt("compareTo enum with String", () -> System.out.println(((Comparable) Size.SMALL).compareTo("SMALL")));
        attempt("PriorityQueue of Points", () -> {
            PriorityQueue<Object> queue = new PriorityQueue<>();
            queue.add(new Point(1));
            queue.add(new Point(2));
        });
        attempt("Collections.max mixed", () -> System.out.println(Collections.max((List) new ArrayList<Object>(List.of(1, "b")))));
        attempt("equals across types", () -> System.out.println(Integer.valueOf(1).equals(1L) + " " + "a".equals('a')));
    }
}
