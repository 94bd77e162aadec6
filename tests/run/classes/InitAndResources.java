// InitAndResources: classes, interfaces, initialisation order, polymorphism and exceptions
import java.util.*;
import java.util.function.*;

public class InitAndResources {
    static int depth = 0;
    static int recurse(int n) { depth++; return recurse(n + 1) + 1; }
    static int gcd(int a, int b) { return b == 0 ? a : gcd(b, a % b); }
    static String tryFinally(int mode) {
        StringBuilder sb = new StringBuilder();
        try {
            sb.append("try;");
            if (mode == 1) throw new RuntimeException("boom");
            if (mode == 2) return sb.append("return;").toString();
            sb.append("end;");
        } catch (RuntimeException e) {
            sb.append("catch ").append(e.getMessage()).append(';');
        } finally {
            sb.append("finally;");
        }
        return sb.toString();
    }
    @SuppressWarnings("finally")
    static int finallyOverride() { try { return 1; } finally { return 2; } }
    static void thrower(int k) throws MyException {
        if (k > 2) throw new MyException("too big: " + k, k);
    }

    public static void main(String[] args) throws Exception {
        List<Shape> shapes = new ArrayList<>();
        shapes.add(new Circle(2)); shapes.add(new Square(3)); shapes.add(new Cube(2)); shapes.add(Shape.unit());
        for (Shape s : shapes) System.out.println(s);
        System.out.println("created " + Base.created);
        System.out.println("before holder");
        System.out.println(Holder.value + " " + Holder.ITEMS.size());
        try { System.out.println(BadInit.x); } catch (ExceptionInInitializerError e) { System.out.println("EIIE cause " + e.getCause()); }
        try { System.out.println(BadInit.x); } catch (NoClassDefFoundError e) { System.out.println("NCDFE " + e.getMessage()); }
        for (int m = 0; m < 3; m++) System.out.println(tryFinally(m));
        System.out.println(finallyOverride());
        for (int k = 1; k <= 4; k++) {
            try { thrower(k); System.out.println("ok " + k); }
            catch (MyException e) { System.out.println(e.getMessage() + " code=" + e.code + " " + e); }
        }
        try { try { throw new IllegalArgumentException("inner"); } catch (IllegalArgumentException e) { throw new MyException("wrapped", e); } }
        catch (MyException e) { System.out.println(e + " caused by " + e.getCause().getMessage()); }
        try (Resource a = new Resource("a"); Resource b = new Resource("b")) { System.out.println("body"); }
        try (Resource a = new Resource("good"); Resource b = new Resource("bad")) { throw new RuntimeException("body fails"); }
        catch (RuntimeException e) { System.out.println("caught " + e.getMessage() + " suppressed " + e.getSuppressed().length + " " + e.getSuppressed()[0].getMessage()); }
        try { recurse(0); } catch (StackOverflowError e) { System.out.println("SOE " + (depth > 1000)); }
        Object o = "text";
        try { Integer i = (Integer) o; System.out.println(i); } catch (ClassCastException e) { System.out.println(e.getMessage()); }
        try { Object[] strs = new String[2]; strs[0] = 1; } catch (ArrayStoreException e) { System.out.println("ASE " + e.getMessage()); }
        try { int[] neg = new int[-3]; } catch (NegativeArraySizeException e) { System.out.println("NASE " + e.getMessage()); }
        try { int[] a = new int[2]; a[2] = 1; } catch (ArrayIndexOutOfBoundsException e) { System.out.println(e.getMessage()); }
        try { "abc".charAt(5); } catch (StringIndexOutOfBoundsException e) { System.out.println(e.getMessage()); }
        try { "abc".substring(2, 1); } catch (StringIndexOutOfBoundsException e) { System.out.println(e.getMessage()); }
        try { throw new Error("custom error"); } catch (Throwable t) { System.out.println(t); }
        try { Objects.requireNonNull(null, "must not be null"); } catch (NullPointerException e) { System.out.println(e.getMessage()); }
        try { List<Integer> l = new ArrayList<>(); l.add(null); int v = l.get(0); } catch (NullPointerException e) { System.out.println("unbox NPE"); }
        Function<Integer, Integer> dbl = x -> x * 2;
        Function<Integer, Integer> inc = x -> x + 1;
        System.out.println(dbl.andThen(inc).apply(5) + " " + dbl.compose(inc).apply(5) + " " + Function.<Integer>identity().apply(9));
        BiFunction<String, Integer, String> rep = String::repeat;
        Supplier<List<String>> sup = ArrayList::new;
        List<String> fresh = sup.get(); fresh.add(rep.apply("ab", 3)); System.out.println(fresh);
        Predicate<String> empty = String::isEmpty;
        System.out.println(empty.negate().test("") + " " + empty.or(s -> s.length() > 3).test("abcd") + " " + empty.and(s -> true).test(""));
        UnaryOperator<String> up = String::toUpperCase; BinaryOperator<Integer> mx = BinaryOperator.maxBy(Comparator.naturalOrder());
        System.out.println(up.apply("shout") + " " + mx.apply(3, 8));
        IntBinaryOperator gcd = InitAndResources::gcd;
        System.out.println(gcd.applyAsInt(84, 36));
        Runnable r = () -> System.out.println("run!"); r.run();
        int[] counter = {0};
        Consumer<String> cnt = s -> counter[0] += s.length();
        Arrays.asList("a", "bb", "ccc").forEach(cnt);
        System.out.println(counter[0]);
        Optional<String> opt = Optional.of("val");
        System.out.println(opt.map(String::length).orElse(-1) + " " + Optional.empty().isPresent() + " " + Optional.ofNullable(null).orElse("dflt") + " " + opt);
    }
}

interface Shape { double area(); default String describe() { return getClass().getSimpleName() + " of area " + String.format("%.2f", area()); } static Shape unit() { return new Square(1); } }
abstract class Base implements Shape {
    static int created;
    protected final String tag;
    { created++; }
    Base(String tag) { this.tag = tag; log("Base(" + tag + ")"); init(); }
    void init() { log("Base.init"); }
    static void log(String s) { System.out.println("  log: " + s); }
    public String toString() { return tag + ":" + describe(); }
}
class Circle extends Base {
    double r = 1.0;
    Circle(double r) { super("circle"); this.r = r; }
    void init() { log("Circle.init r=" + r); }
    public double area() { return Math.PI * r * r; }
}
class Square extends Base {
    final double side;
    Square(double side) { this("square", side); }
    Square(String tag, double side) { super(tag); this.side = side; }
    public double area() { return side * side; }
    public String describe() { return "square " + side + " / " + super.describe(); }
}
final class Cube extends Square {
    Cube(double s) { super("cube", s); }
    public double area() { return 6 * super.area(); }
}
class Holder {
    static { System.out.println("Holder static init"); }
    static final List<String> ITEMS = new ArrayList<>();
    static int value = compute();
    static int compute() { System.out.println("compute"); return 42; }
}
class BadInit {
    static int x = 1 / Integer.parseInt("0");
}
class MyException extends Exception {
    final int code;
    MyException(String msg, int code) { super(msg); this.code = code; }
    MyException(String msg, Throwable cause) { super(msg, cause); this.code = -1; }
}
class Resource implements AutoCloseable {
    final String name;
    Resource(String name) { this.name = name; System.out.println("open " + name); }
    public void close() throws Exception { System.out.println("close " + name); if (name.equals("bad")) throw new IllegalStateException("close failed " + name); }
}

