// Class features: default-method resolution and Iface.super calls, constructors calling overridden methods, static and instance initializer order, shadowed fields, overloads with boxing and varargs.
import java.util.*;

public class ClassFeatures {
    interface Greeter { default String greet() { return "hello from Greeter"; } static String shout(String s) { return s.toUpperCase() + "!"; } }
    interface Polite extends Greeter { default String greet() { return "good day from Polite"; } }
    interface Loud { default String greet() { return "HEY from Loud"; } }
    static class Both implements Polite, Loud {
        public String greet() { return Polite.super.greet() + " & " + Loud.super.greet(); }
    }
    static class Plain implements Greeter {}

    static abstract class Base {
        protected String name = "base";
        static int created;
        int order;
        Base() { created++; order = created; init(); }
        abstract void init();
        String who() { return "Base(" + name + ")"; }
        static String kind() { return "Base.kind"; }
    }
    static class Derived extends Base {
        protected String name = "derived";
        private List<String> log = new ArrayList<>();
        int seen = 7;
        Derived() { super(); log.add("ctor seen=" + seen); }
        void init() { seen = 42; System.out.println("init sees log=" + log + " name=" + name + " super.name=" + super.name); }
        String who() { return "Derived(" + name + "," + super.who() + ")"; }
        static String kind() { return "Derived.kind"; }
        List<String> log() { return log; }
    }

    static class Counter {
        static final StringBuilder trace = new StringBuilder();
        static int total;
        static { trace.append("[static1]"); total = 10; }
        int value;
        { trace.append("[instance]"); value = total++; }
        Counter() { trace.append("[ctor" + value + "]"); }
        Counter(int extra) { this(); value += extra; trace.append("[ctor+" + extra + "]"); }
        static { trace.append("[static2]"); }
    }

    static String pick(int x) { return "int"; }
    static String pick(long x) { return "long"; }
    static String pick(Integer x) { return "Integer"; }
    static String pick(Object x) { return "Object"; }
    static String pick(int... xs) { return "varargs" + xs.length; }
    static String pick(double x) { return "double"; }
    static String text(String s) { return "String"; }
    static String text(Object o) { return "Object"; }
    static int sum(int first, int... rest) { int s = first; for (int r : rest) s += r; return s; }
    static String join(String sep, Object... parts) { StringBuilder sb = new StringBuilder(); for (int i = 0; i < parts.length; i++) { if (i > 0) sb.append(sep); sb.append(parts[i]); } return sb.toString(); }

    static <T extends Comparable<T>> T largest(List<T> items) { T best = items.get(0); for (T t : items) if (t.compareTo(best) > 0) best = t; return best; }
    static double total(Collection<? extends Number> nums) { double s = 0; for (Number n : nums) s += n.doubleValue(); return s; }
    static void fill(List<? super Integer> out) { for (int i = 0; i < 3; i++) out.add(i * i); }

    static class Box<T> {
        private T value;
        Box(T value) { this.value = value; }
        <R> Box<R> map(java.util.function.Function<? super T, ? extends R> f) { return new Box<>(f.apply(value)); }
        T get() { return value; }
        @Override public String toString() { return "Box(" + value + ")"; }
    }

    public static void main(String[] args) {
        System.out.println(new Both().greet() + " | " + new Plain().greet() + " | " + Greeter.shout("hi"));
        Derived d = new Derived();
        System.out.println(d.who() + " seen=" + d.seen + " log=" + d.log() + " order=" + d.order + " " + ((Base) d).name + " " + d.name);
        Base b = d;
        System.out.println(b.who() + " " + Base.kind() + " " + Derived.kind());
        new Derived();
        System.out.println(Base.created);
        System.out.println(Counter.trace);
        Counter c1 = new Counter(), c2 = new Counter(5);
        System.out.println(Counter.trace + " " + c1.value + " " + c2.value + " " + Counter.total);
        byte by = 1; short sh = 2; char ch = 'c'; long lg = 4; float fl = 5f;
        Integer boxed = 6;
        System.out.println(pick(by) + " " + pick(sh) + " " + pick(ch) + " " + pick(3) + " " + pick(lg) + " " + pick(fl) + " " + pick(boxed) + " " + pick("s") + " " + pick() + " " + pick(1, 2) + " " + pick((Object) 3));
        System.out.println(text(null) + " " + text("x") + " " + text((Object) "x"));
        System.out.println(sum(1) + " " + sum(1, 2, 3) + " " + sum(5, new int[]{5, 5}) + " " + join("-", "a", 1, 'c', 2.5, null) + " " + join("+") + " " + join("/", (Object[]) new String[]{"x", "y"}));
        System.out.println(largest(Arrays.asList(3, 9, 2)) + " " + largest(Arrays.asList("pear", "apple", "zucchini", "fig")));
        System.out.println(total(List.of(1, 2.5, 3L)) + " " + total(new HashSet<>(List.of(1.5f))));
        List<Number> numbers = new ArrayList<>(); fill(numbers); List<Object> objects = new ArrayList<>(); fill(objects);
        System.out.println(numbers + " " + objects);
        Box<String> box = new Box<>("kiln");
        System.out.println(box.map(String::length).map(n -> n * 10) + " " + box.map(s -> s + "!").get());
        Object o = d;
        System.out.println((o instanceof Base) + " " + (o instanceof Derived) + " " + (o instanceof Greeter) + " " + o.getClass().getName() + " " + o.getClass().getSimpleName() + " " + Base.class.isAssignableFrom(Derived.class) + " " + Derived.class.getSuperclass().getSimpleName());
        Greeter g = new Both();
        System.out.println((g instanceof Loud) + " " + ((Loud) g).greet().length());
        try { Object s = "str"; Integer bad = (Integer) s; } catch (ClassCastException e) { System.out.println(e.getMessage()); }
        try { Object arr = new int[1]; String bad = (String) arr; } catch (ClassCastException e) { System.out.println(e.getMessage()); }
    }
}
