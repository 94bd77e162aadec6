// OverloadsAndDefaults: overloading, hiding, varargs, interfaces with defaults and diamond inheritance
import java.util.*;

public class OverloadsAndDefaults {
    interface Greeter { String PREFIX = "Hi "; default String greet(String n) { return PREFIX + n; } }
    interface Polite extends Greeter { default String greet(String n) { return "Dear " + Greeter.super.greet(n); } }
    interface Loud { default String greet(String n) { return n.toUpperCase() + "!"; } }
    static class Both implements Polite, Loud { public String greet(String n) { return Polite.super.greet(n) + " / " + Loud.super.greet(n); } }
    static class Parent {
        String name = "parent"; static String kind() { return "Parent.kind"; }
        String who() { return "Parent.who " + name; }
        String call() { return who() + " via " + this.name; }
    }
    static class Child extends Parent {
        String name = "child"; static String kind() { return "Child.kind"; }
        @Override String who() { return "Child.who " + name + " super.name=" + super.name; }
        String up() { return super.who(); }
    }
    static String over(int x) { return "int"; }
    static String over(long x) { return "long"; }
    static String over(double x) { return "double"; }
    static String over(Integer x) { return "Integer"; }
    static String over(Object x) { return "Object"; }
    static String over(int... xs) { return "varargs" + xs.length; }
    static String ch(char c) { return "char"; }
    static String ch(int c) { return "int"; }
    static String str(Object o) { return "Object"; }
    static String str(String s) { return "String"; }
    static int sum(int... xs) { int s = 0; for (int x : xs) s += x; return s; }
    static String fmt(String f, Object... args) { return args.length + ":" + String.format(f, args); }
    static abstract class Animal implements Comparable<Animal> {
        private static int count;
        protected final int id;
        Animal() { id = ++count; }
        abstract String sound();
        public int compareTo(Animal o) { return sound().compareTo(o.sound()); }
        public String toString() { return getClass().getSimpleName() + "#" + id + "(" + sound() + ")"; }
    }
    static class Dog extends Animal { String sound() { return "woof"; } }
    static class Cat extends Animal { String sound() { return "meow"; } }
    static class Kitten extends Cat { String sound() { return "mew"; } }
    static class Key {
        final int k; Key(int k) { this.k = k; }
        public int hashCode() { return k % 3; }
        public boolean equals(Object o) { return o instanceof Key && ((Key) o).k == k; }
        public String toString() { return "K" + k; }
    }
    static long memoCalls;
    static Map<Integer, Long> memo = new HashMap<>();
    static long ways(int n) { memoCalls++; if (n < 0) return 0; if (n == 0) return 1; Long m = memo.get(n); if (m != null) return m; long r = ways(n - 1) + ways(n - 2) + ways(n - 3); memo.put(n, r); return r; }

    public static void main(String[] args) {
        System.out.println(new Both().greet("ann"));
        Greeter g = new Both();
        System.out.println(g.greet("bo") + " " + Greeter.PREFIX.length());
        Parent p = new Child();
        System.out.println(p.name + " " + ((Child) p).name + " " + p.who() + " | " + p.call() + " | " + ((Child) p).up() + " | " + Parent.kind() + " " + Child.kind());
        byte b = 1; short s = 2; char c = 'c'; long l = 4; float f = 5f;
        System.out.println(over(b) + " " + over(s) + " " + over(c) + " " + over(l) + " " + over(f) + " " + over(Integer.valueOf(3)) + " " + over("x") + " " + over() + " " + over(1, 2));
        System.out.println(ch('x') + " " + ch('x' + 1) + " " + ch((char) ('x' + 1)) + " " + str(null) + " " + str((Object) "s"));
        System.out.println(sum() + " " + sum(1) + " " + sum(1, 2, 3) + " " + sum(new int[]{4, 5}) + " " + fmt("%s-%s", "a", "b") + " " + fmt("none") + " " + fmt("%s", (Object) new String[]{"arr"}.length));
        List<Animal> zoo = new ArrayList<>(Arrays.asList(new Dog(), new Cat(), new Kitten(), new Dog()));
        Collections.sort(zoo); System.out.println(zoo);
        System.out.println((zoo.get(0) instanceof Cat) + " " + (zoo.get(1) instanceof Cat) + " " + Comparable.class.isInstance(zoo.get(0)) + " " + zoo.get(0).getClass().getName());
        Map<Key, String> km = new HashMap<>();
        for (int i = 0; i < 12; i++) km.put(new Key(i), "v" + i);
        km.remove(new Key(4)); km.put(new Key(7), "seven");
        System.out.println(km.size() + " " + km.get(new Key(7)) + " " + km.containsKey(new Key(4)) + " " + km);
        System.out.println("Aa".hashCode() + " " + "BB".hashCode() + " " + new HashSet<>(Arrays.asList("Aa", "BB", "C#")).size());
        System.out.println(ways(30) + " calls=" + memoCalls);
        Map<Integer, String> big = new HashMap<>();
        for (int i = -20; i < 60; i += 7) big.put(i * 1000003, "n" + i);
        System.out.println(big.keySet());
        Set<Long> longs = new HashSet<>(); for (long i = 1; i < 1L << 40; i *= 37) longs.add(i); System.out.println(longs);
        Set<Double> dbls = new HashSet<>(Arrays.asList(1.5, -0.0, 0.0, 2.0, Double.NaN, Double.NaN)); System.out.println(dbls);
        Set<Character> chs = new HashSet<>(); for (char x : "hello world".toCharArray()) chs.add(x); System.out.println(chs);
        Map<Boolean, Integer> bm = new HashMap<>(); bm.put(true, 1); bm.put(false, 0); System.out.println(bm);
        Map<String, List<Integer>> ml = new HashMap<>(); ml.put("odd", new ArrayList<>()); ml.put("even", new ArrayList<>());
        for (int i = 0; i < 7; i++) ml.get(i % 2 == 0 ? "even" : "odd").add(i);
        System.out.println(ml + " " + ml.hashCode() + " " + new ArrayList<>(Arrays.asList(1, 2)).hashCode() + " " + new HashSet<>(Arrays.asList(1, 2)).hashCode() + " " + Map.entry("k", 2));
        Object x = 3; Object y = 3L; System.out.println(x.equals(y) + " " + x.equals(3) + " " + ((Long) y).equals(3L) + " " + Integer.valueOf(5).hashCode() + " " + Integer.valueOf(5).compareTo(7));
        StringBuilder tri = new StringBuilder();
        for (int i = 1; i <= 4; i++) { for (int j = 0; j < 4 - i; j++) tri.append(' '); for (int j = 0; j < 2 * i - 1; j++) tri.append('*'); tri.append('\n'); }
        System.out.print(tri);
        int x1 = 7; x1 ^= x1 << 3; x1 |= 0x100; x1 &= ~2; x1 %= 1000; x1 >>= 1; x1 >>>= 0; System.out.println(x1);
        boolean t = true, u = false; System.out.println((t ^ u) + " " + (t & u) + " " + (t | u) + " " + (!t || u && t));
        int z = 10; boolean sc = (z > 5) || (z++ > 0); boolean sc2 = (z > 50) && (z++ > 0); System.out.println(z + " " + sc + " " + sc2);
        int tern = z > 5 ? z < 20 ? 1 : 2 : 3; System.out.println(tern);
        Object num = true ? 1 : "s"; Object mix = false ? 1 : 2.0; System.out.println(num + " " + mix);
        Integer nul = null; try { int bad = true ? nul : 0; System.out.println(bad); } catch (NullPointerException e) { System.out.println("NPE ternary"); }
        long lc = 'a' + 1L; double dc = 'a' * 1.5; System.out.println(lc + " " + dc + " " + (char) 98 + (int) 'b' + " " + ('a' < 'b'));
    }
}
