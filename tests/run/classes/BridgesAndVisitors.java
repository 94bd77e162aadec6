// BridgesAndVisitors: covariant returns, generic overrides through bridges, abstract generic classes and enums with bodies-free state
import java.util.*;
import java.util.function.*;

public class BridgesAndVisitors {
    static abstract class Shape implements Comparable<Shape> {
        abstract double area();
        Shape copy() { return this; }
        public int compareTo(Shape o) { return Double.compare(area(), o.area()); }
    }
    static class Rect extends Shape {
        final double w, h; Rect(double w, double h) { this.w = w; this.h = h; }
        double area() { return w * h; }
        @Override Rect copy() { return new Rect(w, h); }
        public String toString() { return "Rect" + w + "x" + h; }
    }
    static abstract class Transformer<A, B> implements Function<A, B> {
        int calls;
        public final B apply(A a) { calls++; return transform(a); }
        protected abstract B transform(A a);
    }
    static class Lengths extends Transformer<String, Integer> { protected Integer transform(String s) { return s.length(); } }
    static class Repo<T extends Comparable<T>> {
        private final List<T> items = new ArrayList<>();
        Repo<T> add(T t) { items.add(t); return this; }
        T max() { return Collections.max(items); }
        <R> List<R> map(Function<? super T, ? extends R> f) { List<R> out = new ArrayList<>(); for (T t : items) out.add(f.apply(t)); return out; }
    }
    interface Visitor<R> { R num(int n); R add(Node a, Node b); }
    interface Node { <R> R accept(Visitor<R> v); }
    static class Num implements Node { final int n; Num(int n) { this.n = n; } public <R> R accept(Visitor<R> v) { return v.num(n); } }
    static class Add implements Node { final Node a, b; Add(Node a, Node b) { this.a = a; this.b = b; } public <R> R accept(Visitor<R> v) { return v.add(a, b); } }
    static class Eval implements Visitor<Integer> { public Integer num(int n) { return n; } public Integer add(Node a, Node b) { return a.accept(this) + b.accept(this); } }
    static class Show implements Visitor<String> { public String num(int n) { return "" + n; } public String add(Node a, Node b) { return "(" + a.accept(this) + "+" + b.accept(this) + ")"; } }
    enum Level { LOW(1), MID(5), HIGH(10); final int weight; static int total; Level(int w) { weight = w; } static { for (Level l : values()) total += l.weight; } Level next() { return values()[(ordinal() + 1) % values().length]; } }
    static class Counter<K> { private final Map<K, Integer> m = new TreeMap<>(); void add(K k) { m.merge(k, 1, Integer::sum); } public String toString() { return m.toString(); } }
    static class Box<T> { T value; Box(T v) { value = v; } <U> Box<U> map(Function<T, U> f) { return new Box<>(f.apply(value)); } public boolean equals(Object o) { return o instanceof Box && Objects.equals(((Box<?>) o).value, value); } public int hashCode() { return Objects.hashCode(value); } public String toString() { return "Box(" + value + ")"; } }

    public static void main(String[] args) {
        Shape s = new Rect(2, 3); Shape c = s.copy(); Rect r = new Rect(1, 1).copy();
        System.out.println(c + " " + (c != s) + " " + r + " " + s.compareTo(r));
        List<Shape> shapes = new ArrayList<>(List.of(new Rect(3, 3), new Rect(1, 2), new Rect(2, 2))); Collections.sort(shapes); System.out.println(shapes);
        Lengths len = new Lengths(); Function<String, Integer> f = len;
        System.out.println(f.apply("hello") + " " + f.andThen(x -> x * 2).apply("abc") + " " + len.calls);
        Repo<String> repo = new Repo<String>().add("pear").add("zucchini").add("apple");
        System.out.println(repo.max() + " " + repo.map((String x) -> x.length()) + " " + repo.map((String x) -> x.charAt(0)));
        Node tree = new Add(new Num(1), new Add(new Num(2), new Num(3)));
        System.out.println(tree.accept(new Show()) + " = " + tree.accept(new Eval()));
        System.out.println(Level.total + " " + Level.HIGH.next() + " " + Level.valueOf("MID").weight + " " + Arrays.toString(Level.values()) + " " + Level.LOW.compareTo(Level.HIGH) + " " + Level.MID.name().toLowerCase());
        EnumMap<Level, String> em = new EnumMap<>(Level.class); em.put(Level.HIGH, "h"); em.put(Level.LOW, "l"); System.out.println(em + " " + em.containsKey(Level.MID) + " " + EnumSet.of(Level.HIGH, Level.LOW) + " " + EnumSet.allOf(Level.class) + " " + EnumSet.complementOf(EnumSet.of(Level.MID)));
        Counter<String> words = new Counter<>(); for (String w : "b a c a b a".split(" ")) words.add(w); System.out.println(words);
        Box<Integer> b = new Box<>(21); System.out.println(b.map(x -> x * 2) + " " + b.map(String::valueOf).map(String::length) + " " + b.equals(new Box<>(21)) + " " + new HashSet<>(List.of(new Box<>("x"), new Box<>("x"))).size());
        Comparable<String> cmp = "m"; System.out.println(cmp.compareTo("a") > 0);
        Object o = len; System.out.println((o instanceof Function) + " " + (o instanceof Transformer) + " " + (o instanceof Comparable));
        Map<Level, Integer> weights = new TreeMap<>(Comparator.reverseOrder()); for (Level l : Level.values()) weights.put(l, l.weight); System.out.println(weights);
        switch (Level.MID.next()) { case LOW: System.out.println("low"); break; case HIGH: System.out.println("high!"); break; default: System.out.println("other"); }
    }
}
