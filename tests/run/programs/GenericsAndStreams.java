// GenericsAndStreams: generics, nested classes, streams, iterators and a small interpreter
import java.util.*;
import java.util.function.*;
import java.util.stream.*;

public class GenericsAndStreams {
    static class Node<T extends Comparable<T>> {
        T value; Node<T> left, right;
        Node(T value) { this.value = value; }
    }
    static class Tree<T extends Comparable<T>> implements Iterable<T> {
        Node<T> root; int size;
        void add(T v) { root = insert(root, v); }
        private Node<T> insert(Node<T> n, T v) {
            if (n == null) { size++; return new Node<>(v); }
            int c = v.compareTo(n.value);
            if (c < 0) n.left = insert(n.left, v); else if (c > 0) n.right = insert(n.right, v);
            return n;
        }
        int height() { return height(root); }
        private int height(Node<T> n) { return n == null ? 0 : 1 + Math.max(height(n.left), height(n.right)); }
        public Iterator<T> iterator() {
            List<T> out = new ArrayList<>(); walk(root, out); return out.iterator();
        }
        private void walk(Node<T> n, List<T> out) { if (n != null) { walk(n.left, out); out.add(n.value); walk(n.right, out); } }
    }
    static class Pair<A, B> {
        final A first; final B second;
        Pair(A a, B b) { first = a; second = b; }
        <C> Pair<A, C> withSecond(C c) { return new Pair<>(first, c); }
        public String toString() { return "(" + first + ", " + second + ")"; }
    }
    static <T extends Comparable<? super T>> T maxOf(List<? extends T> xs) {
        T best = null;
        for (T x : xs) if (best == null || x.compareTo(best) > 0) best = x;
        return best;
    }
    static double sum(Collection<? extends Number> nums) { double s = 0; for (Number n : nums) s += n.doubleValue(); return s; }
    static class Counter implements Iterator<Integer> {
        int cur, end; Counter(int a, int b) { cur = a; end = b; }
        public boolean hasNext() { return cur < end; }
        public Integer next() { return cur++; }
    }
    interface Expr { int eval(Map<String, Integer> env); }
    static class Num implements Expr { final int v; Num(int v) { this.v = v; } public int eval(Map<String, Integer> env) { return v; } public String toString() { return "" + v; } }
    static class Var implements Expr { final String n; Var(String n) { this.n = n; } public int eval(Map<String, Integer> env) { Integer v = env.get(n); if (v == null) throw new NoSuchElementException("unbound " + n); return v; } public String toString() { return n; } }
    static class Bin implements Expr {
        final char op; final Expr l, r;
        Bin(char op, Expr l, Expr r) { this.op = op; this.l = l; this.r = r; }
        public int eval(Map<String, Integer> env) {
            int a = l.eval(env), b = r.eval(env);
            switch (op) { case '+': return a + b; case '-': return a - b; case '*': return a * b; case '/': return a / b; default: throw new IllegalStateException("op " + op); }
        }
        public String toString() { return "(" + l + " " + op + " " + r + ")"; }
    }
    static int pos;
    static Expr parse(String s) { pos = 0; return parseSum(s); }
    static Expr parseSum(String s) { Expr e = parseProd(s); while (pos < s.length() && (s.charAt(pos) == '+' || s.charAt(pos) == '-')) { char op = s.charAt(pos++); e = new Bin(op, e, parseProd(s)); } return e; }
    static Expr parseProd(String s) { Expr e = parseAtom(s); while (pos < s.length() && (s.charAt(pos) == '*' || s.charAt(pos) == '/')) { char op = s.charAt(pos++); e = new Bin(op, e, parseAtom(s)); } return e; }
    static Expr parseAtom(String s) {
        char c = s.charAt(pos);
        if (c == '(') { pos++; Expr e = parseSum(s); pos++; return e; }
        int start = pos;
        if (Character.isDigit(c)) { while (pos < s.length() && Character.isDigit(s.charAt(pos))) pos++; return new Num(Integer.parseInt(s.substring(start, pos))); }
        while (pos < s.length() && Character.isLetter(s.charAt(pos))) pos++;
        return new Var(s.substring(start, pos));
    }

    public static void main(String[] args) {
        Tree<String> tree = new Tree<>();
        for (String w : "m f t b h p w a c g i n q v z".split(" ")) tree.add(w);
        tree.add("m");
        StringBuilder sb = new StringBuilder();
        for (String w : tree) sb.append(w);
        System.out.println(sb + " size=" + tree.size + " height=" + tree.height());
        Tree<Integer> ti = new Tree<>();
        Random rnd = new Random(42);
        for (int i = 0; i < 50; i++) ti.add(rnd.nextInt(100));
        List<Integer> collected = new ArrayList<>(); ti.forEach(collected::add);
        System.out.println(collected + " " + ti.height());
        System.out.println(rnd.nextLong() + " " + rnd.nextDouble() + " " + rnd.nextBoolean() + " " + rnd.nextInt() + " " + rnd.nextGaussian() + " " + rnd.nextFloat());
        Pair<String, Integer> p = new Pair<>("x", 1);
        System.out.println(p + " " + p.withSecond(2.5) + " " + p.withSecond(Arrays.asList(1, 2)));
        System.out.println(maxOf(Arrays.asList(3, 9, 2)) + " " + maxOf(Arrays.asList("pear", "apple")) + " " + sum(Arrays.asList(1, 2.5, 3L)));
        Iterator<Integer> it = new Counter(3, 7); int total = 0; while (it.hasNext()) total += it.next(); System.out.println(total);
        Map<String, Integer> env = new HashMap<>(); env.put("x", 6); env.put("y", 7);
        for (String src : new String[]{"1+2*3", "(1+2)*3", "x*y-10/2", "x/(y-7)", "z+1"}) {
            Expr e = parse(src);
            try { System.out.println(e + " = " + e.eval(env)); } catch (RuntimeException ex) { System.out.println(e + " fails: " + ex); }
        }
        List<String> names = Arrays.asList("delta", "alpha", "charlie", "bravo", "echo", "alpha");
        System.out.println(names.stream().filter(n -> n.length() == 5).map(String::toUpperCase).sorted().collect(Collectors.toList()));
        System.out.println(names.stream().distinct().collect(Collectors.joining(", ", "[", "]")));
        System.out.println(IntStream.rangeClosed(1, 10).filter(i -> i % 3 != 0).map(i -> i * i).sum());
        System.out.println(IntStream.range(0, 5).mapToObj(i -> "i" + i).collect(Collectors.joining("|")));
        Map<Integer, Long> byLen = names.stream().collect(Collectors.groupingBy(String::length, TreeMap::new, Collectors.counting())); System.out.println(byLen);
        System.out.println(names.stream().mapToInt(String::length).max().getAsInt() + " " + names.stream().anyMatch(n -> n.startsWith("e")) + " " + names.stream().allMatch(n -> n.length() > 3));
        System.out.println(Stream.of(5, 3, 8).reduce(0, Integer::sum) + " " + Stream.iterate(1, x -> x * 2).limit(10).collect(Collectors.toList()));
        System.out.println(Arrays.stream(new int[]{4, 1, 3}).sorted().boxed().collect(Collectors.toList()) + " " + Arrays.stream(new double[]{1.5, 2.5}).average().getAsDouble());
        Map<String, Integer> lens = names.stream().collect(Collectors.toMap(n -> n, String::length, (a, b) -> a + b, TreeMap::new)); System.out.println(lens);
        System.out.println(names.stream().skip(2).findFirst().get() + " " + names.stream().count() + " " + names.stream().min(Comparator.naturalOrder()).get());
        List<List<Integer>> nested = Arrays.asList(Arrays.asList(1, 2), Arrays.asList(3), Arrays.asList());
        System.out.println(nested.stream().flatMap(List::stream).map(x -> x * 10).collect(Collectors.toList()));
        System.out.println(IntStream.of(3, 1, 2).summaryStatistics());
        System.out.println(names.stream().collect(Collectors.partitioningBy(n -> n.compareTo("c") < 0)));
        BiFunction<Integer, Integer, Integer> add = Integer::sum;
        Function<Integer, Function<Integer, Integer>> curried = a -> b -> a * b;
        System.out.println(add.andThen(x -> x * x).apply(2, 3) + " " + curried.apply(6).apply(7));
        Supplier<int[]> arr = () -> new int[]{1, 2, 3};
        System.out.println(arr.get().length + " " + Objects.hash(1, "a", null) + " " + Objects.equals(null, null) + " " + Objects.toString(null, "none") + " " + Objects.isNull(p));
    }
}
