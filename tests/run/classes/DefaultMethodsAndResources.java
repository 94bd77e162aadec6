import java.util.*;
import java.util.function.*;
public class DefaultMethodsAndResources {
    interface Shape extends Comparable<Shape> { double area(); default String describe() { return getClass().getSimpleName() + String.format("(%.2f)", area()); } default int compareTo(Shape o) { return Double.compare(area(), o.area()); } static Shape unit() { return new Square(1); } }
    static abstract class Base implements Shape { static int created = 0; final int id; Base() { id = ++created; init(); } void init() {} public String toString() { return "#" + id + " " + describe(); } }
    static class Circle extends Base { double r; String tag = "c"; Circle(double r) { super(); this.r = r; } public double area() { return Math.PI * r * r; } void init() { System.out.println("init circle tag=" + tag + " r=" + r); } }
    static class Square extends Base { final double s; Square(double s) { this.s = s; } public double area() { return s * s; } public String describe() { return "Sq[" + s + "]" + super.describe(); } }
    static class Rect extends Square { final double h; Rect(double w, double h) { super(w); this.h = h; } @Override public double area() { return s * h; } }
    enum Op implements IntBinaryOperator { ADD("+"), MUL("*"); final String sym; Op(String s) { sym = s; } public int applyAsInt(int a, int b) { return this == ADD ? a + b : a * b; } }
    enum Planet { MERCURY(3.303e+23, 2.4397e6), EARTH(5.976e+24, 6.37814e6); final double mass, radius; Planet(double m, double r) { mass = m; radius = r; } double gravity() { return 6.67300E-11 * mass / (radius * radius); } }
    static class Counter { private static int total; private int count; static { total = 100; System.out.println("Counter loaded"); } void inc() { count++; total++; } }
    static <T extends Comparable<? super T>> T maxOf(List<? extends T> xs) { T best = null; for (T x : xs) if (best == null || x.compareTo(best) > 0) best = x; return best; }
    static int depth = 0;
    static int recurse(int n) { depth++; try { if (n == 0) throw new IllegalStateException("bottom"); return recurse(n - 1) + 1; } finally { depth--; } }
    static String tryFinally() { StringBuilder sb = new StringBuilder(); for (int i = 0; i < 3; i++) { try { if (i == 1) continue; sb.append("t" + i); } finally { sb.append("f" + i); } } return sb.toString(); }
    @SuppressWarnings("finally") static int finallyOverride() { try { return 1; } finally { return 2; } }
    static class Res implements AutoCloseable { final String n; Res(String n) { this.n = n; System.out.println("open " + n); } public void close() throws Exception { System.out.println("close " + n); if (n.equals("B")) throw new Exception("close fail " + n); } }
    static class MyEx extends RuntimeException { final int code; MyEx(String m, int code, Throwable cause) { super(m, cause); this.code = code; } }
    public static void main(String[] args) throws Exception {
        List<Shape> shapes = new ArrayList<>(List.of(new Circle(1.5), new Square(2), new Rect(2, 3), Shape.unit()));
        Collections.sort(shapes);
        for (Shape s : shapes) System.out.println(s);
        System.out.println(maxOf(Arrays.asList(3, 9, 2)) + " " + maxOf(List.of("pear", "apple")) + " " + Base.created);
        for (Op op : Op.values()) System.out.println(op + " " + op.sym + " " + op.applyAsInt(6, 7) + " " + op.ordinal() + " " + op.getClass() + " " + op.getDeclaringClass().getSimpleName() + " " + Op.valueOf("MUL").compareTo(op));
        for (Planet p : Planet.values()) System.out.printf("%s %.2f%n", p, p.gravity());
        EnumMap<Planet, String> em = new EnumMap<>(Planet.class); em.put(Planet.EARTH, "home"); System.out.println(em + " " + EnumSet.allOf(Planet.class) + " " + EnumSet.noneOf(Op.class));
        System.out.println("before counter");
        Counter c1 = new Counter(); c1.inc(); c1.inc(); System.out.println(Counter.total + " " + c1.count);
        try { recurse(5); } catch (IllegalStateException e) { System.out.println(e.getMessage() + " depth=" + depth); }
        System.out.println(tryFinally() + " " + finallyOverride());
        try (Res a = new Res("A"); Res b = new Res("B")) { System.out.println("body"); throw new IllegalStateException("body fail"); }
        catch (Exception e) { System.out.println(e.getMessage() + " suppressed=" + e.getSuppressed().length + " " + e.getSuppressed()[0].getMessage()); }
        try { try { throw new MyEx("inner", 7, new ArithmeticException("root")); } catch (MyEx e) { throw new RuntimeException("wrapped", e); } }
        catch (RuntimeException e) { Throwable t = e; while (t != null) { System.out.println(t.getClass().getName() + ": " + t.getMessage()); t = t.getCause(); } }
        Object[] objs = {1, "s", 2.5, 'c', null, new int[]{1}, List.of(), Op.ADD, 3L};
        for (Object o : objs) {
            String kind;
            if (o instanceof Integer && (Integer) o > 0) kind = "posint " + o;
            else if (o instanceof String) kind = "str " + ((String) o).length();
            else if (o instanceof Number) kind = "num " + ((Number) o).intValue();
            else if (o instanceof Character) kind = "char";
            else if (o instanceof int[]) kind = "arr " + ((int[]) o).length;
            else if (o instanceof Enum<?>) kind = "enum " + ((Enum<?>) o).name();
            else if (o == null) kind = "null";
            else kind = "other " + (o instanceof Collection);
            System.out.print(kind + "; ");
        }
        System.out.println();
        int total = 0;
        outer:
        for (int i = 0; i < 5; i++) { for (int j = 0; j < 5; j++) { if (j > i) continue outer; if (i + j > 6) break outer; total += i * j; } }
        int k = 0; do { k += 3; } while (k < 10);
        String day = "TUE"; int num;
        switch (day) { case "MON": num = 1; break; case "TUE": case "WED": num = 23; break; default: num = 0; }
        Op op = Op.MUL;
        switch (op) { case ADD: System.out.print("add "); break; case MUL: System.out.print("mul "); }
        System.out.println(total + " " + k + " " + num + " " + (k > 5 ? "big" : "small") + " " + ((Object) 5).equals(5L) + " " + Objects.equals(null, null) + " " + Objects.requireNonNullElse(null, "dflt") + " " + Objects.hashCode(null) + " " + Objects.toString(null, "nil"));
        Function<Integer, Function<Integer, Integer>> adder = x -> y -> x + y;
        BiFunction<Integer, Integer, Integer> mul = (x, y) -> x * y;
        Supplier<List<String>> sup = ArrayList::new;
        UnaryOperator<String> up = String::toUpperCase;
        Predicate<String> empty = String::isEmpty;
        List<String> made = sup.get(); made.add("q");
        System.out.println(adder.apply(3).apply(4) + " " + mul.andThen(x -> x * 10).apply(2, 3) + " " + made + " " + up.apply("abc") + " " + empty.negate().test("") + " " + Function.<Integer>identity().compose((Integer x) -> x + 1).apply(1) + " " + Optional.ofNullable((String) null).map(String::length).orElseGet(() -> -1) + " " + Optional.of("hey").filter(s -> s.startsWith("h")).isPresent());
        Runnable r = () -> System.out.println("run " + Base.created);
        r.run();
        int[] counter = {0};
        Runnable incr = () -> counter[0]++;
        for (int i = 0; i < 5; i++) incr.run();
        System.out.println(counter[0] + " " + new Object().equals(null) + " " + "x".getClass().getName() + " " + Integer.valueOf(5).getClass().getSimpleName() + " " + new Circle(0).getClass().getName());
    }
}
