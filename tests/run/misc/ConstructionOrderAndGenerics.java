import java.util.*;
import java.util.function.*;

public class ConstructionOrderAndGenerics {
    static abstract class Base {
        protected String name = "base";
        Base() { System.out.println("Base ctor sees " + describe()); }
        abstract String describe();
        static String kind() { return "Base.kind"; }
    }
    static class Derived extends Base {
        private int size = 7;
        private final List<String> log = new ArrayList<>();
        Derived() { super(); System.out.println("Derived ctor sees " + describe()); }
        String describe() { return name + "/" + size + "/" + log; }
        static String kind() { return "Derived.kind"; }
    }
    interface Greeter { String greet(String who); static Greeter polite() { return w -> "Dear " + w; } default Greeter twice() { return w -> greet(greet(w)); } }
    static class Counter {
        int count;
        final ConstructionOrderAndGenerics owner;
        Counter(ConstructionOrderAndGenerics owner) { this.owner = owner; }
        void bump() { count++; owner.total++; }
    }
    int total;
    Counter makeCounter() { return new Counter(this); }
    static class Pair<A, B> {
        final A first; final B second;
        Pair(A a, B b) { first = a; second = b; }
        <C> Pair<A, C> withSecond(C c) { return new Pair<>(first, c); }
        public String toString() { return "(" + first + ", " + second + ")"; }
        @Override public boolean equals(Object o) { return o instanceof Pair && Objects.equals(first, ((Pair<?, ?>) o).first) && Objects.equals(second, ((Pair<?, ?>) o).second); }
        @Override public int hashCode() { return Objects.hash(first, second); }
    }
    static int sumAll(int... values) { int s = 0; for (int v : values) s += v; return s; }
    static String join(String sep, Object... parts) { StringBuilder sb = new StringBuilder(); for (int i = 0; i < parts.length; i++) { if (i > 0) sb.append(sep); sb.append(parts[i]); } return sb.toString(); }
    static int fib(int n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }
    static long factorial(int n) { return n <= 1 ? 1 : n * factorial(n - 1); }

    public static void main(String[] args) {
        Base b = new Derived();
        System.out.println(b.describe() + " " + Base.kind() + " " + Derived.kind());
        Greeter g = Greeter.polite();
        System.out.println(g.greet("Ada") + " | " + g.twice().greet("Bob"));
        ConstructionOrderAndGenerics outer = new ConstructionOrderAndGenerics();
        ConstructionOrderAndGenerics.Counter c1 = outer.makeCounter();
        ConstructionOrderAndGenerics.Counter c2 = outer.makeCounter();
        c1.bump(); c1.bump(); c2.bump();
        System.out.println(c1.count + " " + c2.count + " " + outer.total);
        Pair<String, Integer> p = new Pair<>("x", 1);
        Pair<String, Double> q = p.withSecond(2.5);
        Set<Pair<String, Integer>> pairs = new HashSet<>();
        pairs.add(p); pairs.add(new Pair<>("x", 1)); pairs.add(new Pair<>("y", 1));
        System.out.println(p + " " + q + " " + pairs.size() + " " + p.equals(new Pair<>("x", 1)) + " " + (p.hashCode() == new Pair<>("x", 1).hashCode()));
        System.out.println(sumAll() + " " + sumAll(1) + " " + sumAll(1, 2, 3) + " " + sumAll(new int[]{4, 5}) + " " + join("-", "a", 1, 2.5, 'c', true, null));
        System.out.println(fib(20) + " " + factorial(20) + " " + factorial(21));
        int[][] grid = new int[3][4];
        for (int i = 0; i < 3; i++) for (int j = 0; j < 4; j++) grid[i][j] = i * j;
        System.out.println(Arrays.deepToString(grid) + " " + grid[2].length + " " + Arrays.stream(grid[2]).sum());
        int[][] jag = {{1}, {2, 3}, {}};
        System.out.println(Arrays.deepToString(jag) + " " + jag[2].length);
        String[][] names = new String[2][];
        names[0] = new String[]{"a"};
        System.out.println(Arrays.deepToString(names));
        Map<String, List<Integer>> multi = new TreeMap<>();
        for (int i = 0; i < 10; i++) multi.computeIfAbsent(i % 3 == 0 ? "three" : i % 2 == 0 ? "even" : "odd", k -> new ArrayList<>()).add(i);
        System.out.println(multi);
        Map<Character, Integer> freq = new TreeMap<>();
        for (char ch : "mississippi".toCharArray()) freq.merge(ch, 1, Integer::sum);
        System.out.println(freq);
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<Character, Integer> e : freq.entrySet()) sb.append(e.getKey()).append('=').append(e.getValue()).append(';');
        System.out.println(sb);
        Optional<String> longest = Arrays.asList("pear", "banana", "kiwi").stream().max(Comparator.comparingInt(String::length));
        System.out.println(longest.orElse("none") + " " + longest.map(String::toUpperCase).get() + " " + Optional.empty().isPresent());
        BinaryOperator<Integer> mul = (x, y) -> x * y;
        Function<Integer, Function<Integer, Integer>> adder = x -> y -> x + y;
        System.out.println(mul.apply(6, 7) + " " + adder.apply(3).apply(4));
        Runnable r = () -> System.out.println("ran " + outer.total);
        r.run();
        List<Supplier<Integer>> suppliers = new ArrayList<>();
        for (int i = 0; i < 3; i++) { final int k = i; Supplier<Integer> sup = () -> k * k; suppliers.add(sup); }
        for (Supplier<Integer> s : suppliers) System.out.print(s.get() + " ");
        System.out.println();
        char c = 'A';
        c += 2;
        int ci = c + 1;
        System.out.println(c + " " + ci + " " + (char) ci + " " + (c < 'Z') + " " + Character.getNumericValue('z') + " " + (int) Character.forDigit(11, 16));
        long big = 1L << 62;
        System.out.println(big + " " + (big << 1) + " " + (big >>> 61) + " " + Long.numberOfTrailingZeros(big) + " " + Long.bitCount(big - 1) + " " + Long.toHexString(big) + " " + Long.MIN_VALUE / -1 + " " + Math.abs(Integer.MIN_VALUE));
        System.out.println((0.1f + 0.2f) + " " + (float) 1 / 3 + " " + 1.0 / 3 + " " + (double) (1.0f / 3) + " " + 100.0f / 3 + " " + 1e10f + " " + 1.5e-7 + " " + 123456789.0f + " " + Float.MIN_VALUE);
        System.out.println(Integer.MAX_VALUE + 1 + " " + (Integer.MIN_VALUE - 1) + " " + (byte) 128 + " " + (short) -32769 + " " + (int) 3.99 + " " + (int) -3.99 + " " + Math.round(-2.5) + " " + Math.round(2.5) + " " + Math.round(-0.5f) + " " + Math.rint(2.5));
    }
}
