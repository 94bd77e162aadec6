// Boxed identity (the Integer cache), hash codes of strings, boxes, arrays and collections, and equals contracts.
import java.util.*;

public class IdentityAndHashes {
    static final class Point {
        final int x, y;
        Point(int x, int y) { this.x = x; this.y = y; }
        @Override public boolean equals(Object o) { return o instanceof Point && ((Point) o).x == x && ((Point) o).y == y; }
        @Override public int hashCode() { return Objects.hash(x, y); }
        @Override public String toString() { return "(" + x + "," + y + ")"; }
    }

    public static void main(String[] args) {
        Integer a = 127, b = 127, c = 128, d = 128;
        System.out.println((a == b) + " " + (c == d) + " " + c.equals(d));
        Integer e = Integer.valueOf(-128), f = Integer.valueOf(-128), g = Integer.valueOf(-129), h = Integer.valueOf(-129);
        System.out.println((e == f) + " " + (g == h));
        Long l1 = 100L, l2 = 100L, l3 = 1000L, l4 = 1000L;
        System.out.println((l1 == l2) + " " + (l3 == l4));
        Character c1 = 'a', c2 = 'a', c3 = '\u0100', c4 = '\u0100';
        System.out.println((c1 == c2) + " " + (c3 == c4));
        Boolean t1 = true, t2 = Boolean.valueOf("TRUE");
        System.out.println((t1 == t2) + " " + Boolean.parseBoolean("yes"));
        Short s1 = 5, s2 = 5; Byte b1 = 5, b2 = 5;
        System.out.println((s1 == s2) + " " + (b1 == b2));
        String[] words = {"", "a", "hello", "Hello World", "ÿ€", "\uD83D\uDE00", "polygenelubricants"};
        for (String w : words) System.out.print(w.hashCode() + " ");
        System.out.println();
        System.out.println(Integer.hashCode(-7) + " " + Long.hashCode(1L << 40) + " " + Long.valueOf(-1L).hashCode() + " " + Double.hashCode(1.5) + " " + Double.valueOf(-0.0).hashCode() + " " + Float.hashCode(2.5f) + " " + Boolean.hashCode(true) + " " + Boolean.FALSE.hashCode() + " " + Character.hashCode('Z') + " " + Short.hashCode((short) -3) + " " + Byte.hashCode((byte) -3));
        System.out.println(Double.valueOf(Double.NaN).equals(Double.NaN) + " " + (Double.NaN == Double.NaN) + " " + Double.valueOf(0.0).equals(-0.0) + " " + (0.0 == -0.0) + " " + Double.compare(0.0, -0.0) + " " + Float.compare(Float.NaN, 1f));
        System.out.println(Arrays.hashCode(new int[]{1, 2, 3}) + " " + Arrays.hashCode(new long[]{1L << 33}) + " " + Arrays.hashCode(new double[]{0.5}) + " " + Arrays.hashCode(new String[]{"a", null}) + " " + Arrays.deepHashCode(new int[][]{{1}, {2, 3}}) + " " + Arrays.hashCode(new boolean[]{true, false}) + " " + Arrays.hashCode(new char[]{'x'}));
        System.out.println(List.of(1, 2, 3).hashCode() + " " + Arrays.asList("x", "y").hashCode() + " " + new HashSet<>(List.of("p", "q")).hashCode() + " " + Map.of("k", 1).hashCode() + " " + new ArrayList<>().hashCode() + " " + Collections.emptyMap().hashCode());
        System.out.println(Objects.hash() + " " + Objects.hash((Object) null) + " " + Objects.hashCode(null) + " " + Objects.hash(1, "two", 3.0) + " " + new Point(3, 4).hashCode());
        Map<Point, String> names = new HashMap<>();
        names.put(new Point(1, 2), "one-two");
        System.out.println(names.get(new Point(1, 2)) + " " + names.containsKey(new Point(2, 1)));
        Set<List<Integer>> lists = new HashSet<>();
        lists.add(Arrays.asList(1, 2)); lists.add(new ArrayList<>(List.of(1, 2))); lists.add(new LinkedList<>(List.of(2, 1)));
        System.out.println(lists.size());
        System.out.println(new Point(1, 1).equals(null) + " " + Objects.equals(null, null) + " " + Objects.equals(new Point(0, 0), new Point(0, 0)) + " " + Arrays.equals(new int[]{1}, new int[]{1}) + " " + new int[]{1}.equals(new int[]{1}) + " " + Arrays.deepEquals(new Object[]{new int[]{1}}, new Object[]{new int[]{1}}));
        String x = "kiln", y = "ki" + "ln", z = new StringBuilder("ki").append("ln").toString();
        System.out.println((x == y) + " " + x.equals(z) + " " + (x == z.intern()));
        Object o = new Object();
        System.out.println(o.equals(o) + " " + (o.hashCode() == o.hashCode()) + " " + (System.identityHashCode(o) == o.hashCode()) + " " + o.toString().startsWith("java.lang.Object@"));
        System.out.println(Integer.valueOf(5).equals(5L) + " " + Long.valueOf(5).equals(5L) + " " + new Point(1, 2).toString() + " " + Objects.toString(null, "dflt") + " " + Objects.requireNonNullElse(null, "else"));
        Integer boxed = 1000;
        int unboxed = 1000;
        System.out.println((boxed == unboxed) + " " + boxed.compareTo(999) + " " + Integer.compare(3, 7) + " " + Character.compare('b', 'a') + " " + Boolean.compare(true, false));
        List<Integer> nums = new ArrayList<>(List.of(300, 300));
        System.out.println((nums.get(0) == nums.get(1)) + " " + nums.get(0).equals(nums.get(1)) + " " + (nums.get(0).intValue() == nums.get(1)));
        nums.remove(Integer.valueOf(300));
        System.out.println(nums);
        List<Integer> idx = new ArrayList<>(List.of(10, 20, 30));
        idx.remove(1);
        System.out.println(idx);
    }
}
