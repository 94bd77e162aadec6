import java.util.*;
import java.util.function.*;

public class InterfacesEnumsAndInitOrder {
    interface Named { String name(); default String greet() { return "Hello " + name(); } static Named of(String n) { return () -> n; } }
    interface Polite extends Named { default String greet() { return Named.super.greet() + ", please"; } }
    interface Loud { default String greet() { return "HEY"; } }
    static class Person implements Polite, Loud {
        private final String n;
        Person(String n) { this.n = n; }
        public String name() { return n; }
        public String greet() { return Polite.super.greet() + " / " + Loud.super.greet(); }
    }
    static abstract class Base {
        protected int value = 10;
        static int created;
        Base() { created++; init(); }
        abstract void init();
        static String kind() { return "base"; }
        public String toString() { return getClass().getSimpleName() + "[" + value + "]"; }
    }
    static class Derived extends Base {
        int extra = 5;
        int seenExtra;
        { extra += 1; }
        Derived() { super(); extra *= 2; }
        void init() { seenExtra = extra; value += 1; }
        static String kind() { return "derived"; }
    }
    static class Counter {
        static final List<String> log = new ArrayList<>();
        static int next = 100;
        static { log.add("static init, next=" + next); next += 1; }
        final int id;
        { log.add("instance init"); }
        Counter() { id = next++; log.add("constructed " + id); }
    }
    enum Planet {
        MERCURY(3.303e+23, 2.4397e6), EARTH(5.976e+24, 6.37814e6), JUPITER(1.9e+27, 7.1492e7);
        private final double mass, radius;
        private static final Map<String, Planet> BY_LOWER = new HashMap<>();
        static { for (Planet p : values()) BY_LOWER.put(p.name().toLowerCase(), p); }
        Planet(double mass, double radius) { this.mass = mass; this.radius = radius; }
        double surfaceGravity() { return 6.67300E-11 * mass / (radius * radius); }
        static Planet lookup(String s) { return BY_LOWER.get(s); }
    }
    enum Level { LOW, MEDIUM, HIGH; Level next() { return values()[(ordinal() + 1) % values().length]; } }
    static class Key {
        final String a; final int b;
        Key(String a, int b) { this.a = a; this.b = b; }
        public boolean equals(Object o) { if (this == o) return true; if (!(o instanceof Key)) return false; Key k = (Key) o; return b == k.b && a.equals(k.a); }
        public int hashCode() { return 31 * a.hashCode() + b; }
        public String toString() { return a + "#" + b; }
    }
    static class Node<T> {
        T val; Node<T> next;
        Node(T val, Node<T> next) { this.val = val; this.next = next; }
    }
    static <T> Node<T> reverse(Node<T> head) { Node<T> prev = null; while (head != null) { Node<T> nx = head.next; head.next = prev; prev = head; head = nx; } return prev; }
    static <T> String show(Node<T> n) { StringBuilder sb = new StringBuilder(); for (; n != null; n = n.next) sb.append(n.val).append(n.next != null ? "->" : ""); return sb.toString(); }
    static int fieldShadow = 1;
    public static void main(String[] args) {
        System.out.println(new Person("Ann").greet() + " | " + Named.of("Bo").greet());
        Derived d = new Derived();
        Base b = d;
        System.out.println(d + " extra=" + d.extra + " seenExtra=" + d.seenExtra + " " + Base.kind() + " " + Derived.kind() + " created=" + Base.created + " " + (b instanceof Derived));
        new Counter(); new Counter();
        System.out.println(Counter.log);
        for (Planet p : Planet.values()) System.out.printf("%-8s %6.2f %s%n", p, p.surfaceGravity(), p.compareTo(Planet.EARTH));
        System.out.println(Planet.lookup("jupiter") + " " + Planet.valueOf("EARTH").ordinal() + " " + Planet.lookup("pluto"));
        EnumMap<Level, Integer> em = new EnumMap<>(Level.class);
        em.put(Level.HIGH, 3); em.put(Level.LOW, 1);
        System.out.println(em + " " + Level.LOW.next() + " " + Level.HIGH.next() + " " + EnumSet.range(Level.LOW, Level.MEDIUM) + " " + EnumSet.complementOf(EnumSet.of(Level.MEDIUM)));
        for (Level l : Level.values()) {
            switch (l) {
                case LOW: System.out.print("l "); break;
                case HIGH: System.out.print("h "); break;
                default: System.out.print("? ");
            }
        }
        System.out.println();
        Map<Key, String> km = new HashMap<>();
        km.put(new Key("x", 1), "one"); km.put(new Key("x", 1), "uno"); km.put(new Key("y", 2), "two");
        System.out.println(km.size() + " " + km.get(new Key("x", 1)) + " " + new TreeMap<String, Integer>(Map.of("b", 2, "a", 1)));
        Node<Integer> list = null;
        for (int i = 5; i >= 1; i--) list = new Node<>(i, list);
        System.out.println(show(list) + " / " + show(reverse(list)));
        int fieldShadow = 2;
        System.out.println(fieldShadow + " " + InterfacesEnumsAndInitOrder.fieldShadow);
        Object[] things = {1, 2L, 3.0f, 4.0, (short) 5, (byte) 6, 'c', true, "s"};
        StringBuilder types = new StringBuilder();
        for (Object o : things) {
            if (o instanceof Number) types.append("N:").append(((Number) o).intValue() * 2).append(' ');
            else if (o instanceof Comparable) types.append("C:").append(o).append(' ');
        }
        System.out.println(types.toString().trim());
        Runnable[] tasks = new Runnable[3];
        for (int i = 0; i < 3; i++) { final int k = i; tasks[i] = () -> System.out.print("task" + k + " "); }
        for (Runnable t : tasks) t.run();
        System.out.println();
        int[][] grid = new int[3][4];
        for (int i = 0; i < 3; i++) for (int j = 0; j < 4; j++) grid[i][j] = i * j;
        int[][] jag = {{1}, {2, 3}, {}};
        System.out.println(Arrays.deepToString(grid) + " " + jag[1].length + " " + jag[2].length + " " + grid[2].clone()[3]);
        long[][][] cube = new long[2][2][2];
        cube[1][1][1] = Long.MAX_VALUE;
        System.out.println(Arrays.deepToString(cube));
        String s = null;
        System.out.println("null concat: " + s + " " + (s == null ? "isnull" : s.length()));
        try { s.length(); } catch (NullPointerException e) { System.out.println("NPE caught"); }
        Object o = d;
        try { Counter c = (Counter) o; } catch (ClassCastException e) { System.out.println("CCE caught"); }
        StringBuilder chain = new StringBuilder();
        for (char c = 'a'; c <= 'e'; c++) chain.append(c);
        chain.insert(2, "-").insert(0, 42).append(3.0).append(new char[]{'x', 'y'}).append((Object) null).append(-0.0f);
        System.out.println(chain + " " + chain.length());
        int x = 7;
        x <<= 2; x ^= 5; x %= 6; x >>= 1; x |= 8; x &= ~2;
        long y = 1L;
        y += 0.5; y -= 3; y *= -2.5;
        short sh = 10; sh += 70000; byte by = 10; by *= 30; char ch = 'A'; ch += 1.7;
        System.out.println(x + " " + y + " " + sh + " " + by + " " + ch);
    }
}
