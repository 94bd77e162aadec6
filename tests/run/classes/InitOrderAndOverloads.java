// The order of static and instance initialisation (a virtual call from a constructor sees default fields),
// field hiding, default and static interface methods, overload resolution with widening, boxing and
// varargs, string switch, labelled loops, and the runtime exceptions' messages.
import java.util.*;

public class InitOrderAndOverloads {
    static StringBuilder log = new StringBuilder();
    static int counter = next("static counter");
    static int next(String what) { log.append(what).append(';'); return log.length(); }

    static class Base {
        static int baseStatic = next("Base.static");
        int x = next("Base.x");
        Base() { next("Base()"); describe(); }
        void describe() { next("Base.describe x=" + x); }
        String name = "base";
        static String kind() { return "Base"; }
    }
    static class Derived extends Base {
        static int derivedStatic = next("Derived.static");
        int y = next("Derived.y");
        String name = "derived";
        Derived() { super(); next("Derived() y=" + y); }
        @Override void describe() { next("Derived.describe y=" + y + " name=" + name); }
        static String kind() { return "Derived"; }
    }
    static class Lazy {
        static { next("Lazy.<clinit>"); }
        static final int CONST = 42;
        static int value = 7;
    }
    interface Shape { double area(); default String show() { return getClass().getSimpleName() + "(" + area() + ")"; } static Shape unit() { return new Square(1); } }
    static class Square implements Shape { final double s; Square(double s) { this.s = s; } public double area() { return s * s; } }
    static class Circle implements Shape { final double r; Circle(double r) { this.r = r; } public double area() { return Math.PI * r * r; } public String show() { return "circle r=" + r; } }

    static String over(int x) { return "int"; }
    static String over(long x) { return "long"; }
    static String over(Integer x) { return "Integer"; }
    static String over(Object x) { return "Object"; }
    static String over(int... xs) { return "varargs" + xs.length; }
    static String over2(double x) { return "double"; }
    static String over2(Object x) { return "Object"; }

    public static void main(String[] args) {
        log.append("main;");
        Base b = new Derived();
        System.out.println(log); log.setLength(0);
        System.out.println(b.name + " " + ((Derived) b).name + " " + Base.kind() + " " + Derived.kind());
        System.out.println(Lazy.CONST + " " + log);
        System.out.println(Lazy.value + " " + log); log.setLength(0);
        new Derived();
        System.out.println(log);
        List<Shape> shapes = List.of(new Square(2), new Circle(1), Shape.unit());
        for (Shape s : shapes) System.out.println(s.show());
        byte bt = 1; short sh = 2; char c = 'c'; long l = 3;
        System.out.println(over(bt) + " " + over(sh) + " " + over(c) + " " + over(l) + " " + over(Integer.valueOf(1)) + " " + over("s") + " " + over() + " " + over(1, 2));
        System.out.println(over2(1) + " " + over2('x') + " " + over2(1f) + " " + over2(true));
        String s = "two";
        switch (s) {
            case "one": System.out.println(1); break;
            case "two": System.out.println(2); break;
            default: System.out.println("?");
        }
        int total = 0;
        outer:
        for (int i = 0; i < 10; i++) {
            for (int j = 0; j < 10; j++) {
                if (j > i) continue outer;
                if (i * j > 20) break outer;
                total += i * j;
            }
        }
        System.out.println("total " + total);
        Object[] objs = new String[2];
        try { objs[0] = Integer.valueOf(1); } catch (ArrayStoreException e) { System.out.println("ASE " + e.getMessage()); }
        int[] arr = new int[3];
        try { arr[3] = 1; } catch (ArrayIndexOutOfBoundsException e) { System.out.println(e.getMessage()); }
        try { int[] neg = new int[-1]; } catch (NegativeArraySizeException e) { System.out.println("NASE " + e.getMessage()); }
        try { Object o = "x"; Integer i = (Integer) o; } catch (ClassCastException e) { System.out.println(e.getMessage()); }
        try { "abc".substring(2, 1); } catch (StringIndexOutOfBoundsException e) { System.out.println(e.getMessage()); }
        try { "abc".charAt(5); } catch (StringIndexOutOfBoundsException e) { System.out.println(e.getMessage()); }
        try { new ArrayList<Integer>().get(0); } catch (IndexOutOfBoundsException e) { System.out.println(e.getMessage()); }
        try { List.of(1).add(2); } catch (UnsupportedOperationException e) { System.out.println("UOE " + e.getMessage()); }
        try { new ArrayDeque<Integer>().pop(); } catch (NoSuchElementException e) { System.out.println("NSEE " + e.getMessage()); }
        try { Integer.parseInt("12x"); } catch (NumberFormatException e) { System.out.println(e.getMessage()); }
        try { Iterator<Integer> it = new ArrayList<>(List.of(1,2)).iterator(); List<Integer> l2 = new ArrayList<>(List.of(1,2)); for (Integer x : l2) l2.remove(x); } catch (ConcurrentModificationException e) { System.out.println("CME " + e.getMessage()); }
    }
}
