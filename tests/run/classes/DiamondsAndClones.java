// Objects: default-method diamonds, Iface.super calls, inner classes over outer state, clone, class names, static init order
import java.util.*;

public class DiamondsAndClones {
    interface Greeter {
        default String greet() { return "hello from Greeter"; }
    }

    interface Polite extends Greeter {
        @Override
        default String greet() { return "polite " + Greeter.super.greet(); }
    }

    interface Loud {
        default String greet() { return "LOUD"; }
        static String shout(String s) { return s.toUpperCase() + "!"; }
    }

    static class Both implements Polite, Loud {
        @Override
        public String greet() { return Polite.super.greet() + " & " + Loud.super.greet(); }
    }

    static abstract class Shape implements Comparable<Shape> {
        abstract double area();
        String name() { return getClass().getSimpleName(); }
        public int compareTo(Shape o) { return Double.compare(area(), o.area()); }
        @Override
        public String toString() { return String.format("%s(%.2f)", name(), area()); }
    }

    static class Circle extends Shape {
        final double r;
        Circle(double r) { this.r = r; }
        double area() { return Math.PI * r * r; }
    }

    static class Rect extends Shape {
        final double w, h;
        Rect(double w, double h) { this.w = w; this.h = h; }
        double area() { return w * h; }
        @Override
        String name() { return w == h ? "Square" : super.name(); }
    }

    static class Point implements Cloneable {
        int x, y;
        int[] tags = {1, 2};
        Point(int x, int y) { this.x = x; this.y = y; }
        @Override
        public Point clone() {
            try {
                Point p = (Point) super.clone();
                p.tags = tags.clone();
                return p;
            } catch (CloneNotSupportedException e) {
                throw new AssertionError(e);
            }
        }
        @Override
        public boolean equals(Object o) {
            if (this == o) return true;
            if (!(o instanceof Point)) return false;
            Point p = (Point) o;
            return x == p.x && y == p.y;
        }
        @Override
        public int hashCode() { return 31 * x + y; }
        @Override
        public String toString() { return "(" + x + "," + y + ")"; }
    }

    static class NotCloneable {
        Object tryClone() throws CloneNotSupportedException { return super.clone(); }
    }

    static class Counter {
        final DiamondsAndClones owner;
        int count;
        Counter(DiamondsAndClones owner) { this.owner = owner; }
        void bump() { count++; owner.total++; }
    }

    int total;

    Counter counter() { return new Counter(this); }

    static StringBuilder initLog = new StringBuilder();

    static class A {
        static { initLog.append("A "); }
        static int value = compute("A.value");
        static int compute(String s) { initLog.append(s + " "); return 1; }
    }

    static class B extends A {
        static { initLog.append("B "); }
        static int other = compute("B.other");
        static void touch() {}
    }

    static <T extends Comparable<T>> T maxOf(List<T> xs) {
        T best = xs.get(0);
        for (T x : xs) if (x.compareTo(best) > 0) best = x;
        return best;
    }

    static class Box<T> {
        private T value;
        Box(T value) { this.value = value; }
        <R> Box<R> map(java.util.function.Function<T, R> f) { return new Box<>(f.apply(value)); }
        T get() { return value; }
    }

    public static void main(String[] args) throws Exception {
        System.out.println(new Both().greet() + " " + Loud.shout("hey") + " " + Both.class.getSuperclass().getSimpleName());
        List<Shape> shapes = new ArrayList<>(List.of(new Circle(1), new Rect(2, 3), new Rect(2, 2), new Circle(0.5)));
        Collections.sort(shapes);
        System.out.println(shapes + " " + maxOf(shapes) + " " + Collections.min(shapes));
        Point p = new Point(1, 2);
        Point q = p.clone();
        q.tags[0] = 99;
        q.y = 5;
        System.out.println(p + " " + q + " " + p.tags[0] + " " + (p.getClass() == q.getClass()) + " " + p.equals(q) + " " + new Point(1, 2).equals(p));
        Set<Point> ps = new HashSet<>(List.of(new Point(1, 2), new Point(2, 1), new Point(1, 2 + 0)));
        System.out.println(ps.size() + " " + ps.contains(new Point(2, 1)));
        try {
            new NotCloneable().tryClone();
        } catch (CloneNotSupportedException e) {
            System.out.println("CNSE " + e.getMessage());
        }
        int[][] grid = {{1, 2}, {3, 4}};
        int[][] shallow = grid.clone();
        shallow[0][0] = 100;
        shallow[1] = new int[] {7};
        System.out.println(grid[0][0] + " " + grid[1].length + " " + Arrays.deepToString(shallow));
        DiamondsAndClones outer = new DiamondsAndClones();
        DiamondsAndClones.Counter c1 = outer.counter();
        DiamondsAndClones.Counter c2 = outer.counter();
        c1.bump();
        c1.bump();
        c2.bump();
        System.out.println(c1.count + " " + c2.count + " " + outer.total);
        System.out.println(Counter.class.getName() + " " + Circle.class.getSimpleName() + " " + int[].class.getName() + " " + String[][].class.getName() + " " + new Point[0].getClass().getSimpleName() + " " + Map.class.getName());
        System.out.println(initLog);
        B.touch();
        System.out.println(initLog + "| " + B.value + B.other);
        Box<String> bs = new Box<>(21).map(x -> x * 2).map(x -> "v" + x);
        System.out.println(bs.get() + " " + Integer.valueOf(127) == "" + Integer.valueOf(127));
        Integer i1 = 127, i2 = 127, i3 = 128, i4 = 128;
        System.out.println((i1 == i2) + " " + (i3 == i4) + " " + i3.equals(i4) + " " + (Long.valueOf(5) == Long.valueOf(5)) + " " + new String("a").equals("a") + " " + ("a" + "b" == "ab"));
        Object o = new int[] {1};
        System.out.println((o instanceof int[]) + " " + (o instanceof Object[]) + " " + (new String[0] instanceof Object[]) + " " + (shapes instanceof RandomAccess) + " " + (new LinkedList<>() instanceof RandomAccess));
        Comparable<String> cs = "b";
        System.out.println(cs.compareTo("a") + " " + ((Object) 'x' instanceof Character) + " " + ((Object) 1L).getClass().getName() + " " + ((Object) 1.0f).getClass().getSimpleName());
        CharSequence seq = new StringBuilder("abc");
        System.out.println(seq.length() + " " + seq.subSequence(1, 3) + " " + seq.charAt(0));
    }
}
