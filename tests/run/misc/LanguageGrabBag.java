import java.util.*;
import java.util.function.*;

public class LanguageGrabBag {
    interface Shape { double area(); default String describe() { return getClass().getSimpleName() + " area=" + String.format("%.3f", area()); } }
    static final class Circle implements Shape { final double r; Circle(double r) { this.r = r; } public double area() { return Math.PI * r * r; } }
    static final class Rect implements Shape { final double w, h; Rect(double w, double h) { this.w = w; this.h = h; } public double area() { return w * h; } 
        @Override public String toString() { return "Rect[" + w + "x" + h + "]"; } }
    enum Op implements IntBinaryOperator {
        ADD("+"), SUB("-"), MUL("*");
        final String sym;
        Op(String s) { sym = s; }
        public int applyAsInt(int a, int b) { switch (this) { case ADD: return a + b; case SUB: return a - b; default: return a * b; } }
    }
    static int counter = 0;
    static int next() { return ++counter; }
    static Object maxOf(List<? extends Comparable> xs) {
        Comparable best = xs.get(0);
        for (Comparable x : xs) if (x.compareTo(best) > 0) best = x;
        return best;
    }
    static String classify(Object o) {
        if (o instanceof Integer) return "int:" + o;
        if (o instanceof String) return "str:" + ((String) o).length();
        if (o instanceof int[]) return "int[]:" + ((int[]) o).length;
        if (o instanceof Object[]) return "obj[]:" + Arrays.toString((Object[]) o);
        return "other:" + o;
    }
    public static void main(String[] args) {
        List<Shape> shapes = new ArrayList<>();
        shapes.add(new Circle(1.5));
        shapes.add(new Rect(2, 3.5));
        for (Shape s : shapes) System.out.println(s.describe());
        System.out.println(shapes.get(1));
        for (Op op : Op.values()) System.out.println(op + " " + op.sym + " " + op.applyAsInt(7, 3) + " " + op.ordinal() + " " + op.getDeclaringClass().getSimpleName());
        System.out.println(Op.valueOf("MUL").compareTo(Op.ADD));
        try { Op.valueOf("DIV"); } catch (IllegalArgumentException e) { System.out.println(e.getMessage()); }
        int[] arr = new int[5];
        int i = 0;
        arr[i++] = i++;
        arr[i] = next() + next() * next();
        System.out.println(Arrays.toString(arr) + " " + i);
        int x = 5;
        x += x++ + ++x;
        System.out.println(x);
        long big = Integer.MAX_VALUE;
        big += 1;
        int narrowed = (int) (big * 3);
        System.out.println(big + " " + narrowed);
        short s = (short) 40000; byte b = (byte) 200; char c = (char) -1;
        System.out.println(s + " " + b + " " + (int) c);
        s += 100000;
        System.out.println(s);
        char ch = 'a'; ch += 2; ch++;
        System.out.println(ch);
        System.out.println(maxOf(Arrays.asList("pear", "apple", "zucchini", "fig")));
        System.out.println(maxOf(Arrays.asList(3, 9, -2)));
        System.out.println(classify(42) + " " + classify("hello") + " " + classify(new int[3]) + " " + classify(new String[]{"a", "b"}) + " " + classify(3.5));
        StringBuilder sb = new StringBuilder();
        outer:
        for (int a = 0; a < 5; a++) {
            for (int bb = 0; bb < 5; bb++) {
                if (bb > a) continue outer;
                if (a + bb > 6) break outer;
                sb.append(a).append(bb).append(' ');
            }
        }
        System.out.println(sb);
        Object o = null;
        System.out.println("null concat: " + o + " " + null);
        String str = null;
        str += "x";
        System.out.println(str);
        double d = 0.1 + 0.2;
        System.out.println(d + " " + (float) d + " " + (d == 0.3) + " " + 1e21 + " " + 1e-5 + " " + 100.0 + " " + -0.0 + " " + Double.MIN_VALUE + " " + Float.MAX_VALUE);
        System.out.println((int) Double.NaN + " " + (long) Double.POSITIVE_INFINITY + " " + (int) -1e20 + " " + (char) 65.7);
        System.out.println(7 / -2 + " " + 7 % -2 + " " + -7 / 2 + " " + -7 % 2 + " " + Math.floorDiv(-7, 2) + " " + Math.floorMod(-7, 2));
        System.out.println(1 << 33 + " ".length());
        System.out.println((1 << 33) + " " + (1L << 65) + " " + (-16 >> 2) + " " + (-16 >>> 28) + " " + (-16L >>> 60));
        BiFunction<Integer, Integer, Integer> add = Integer::sum;
        Function<Integer, Integer> twice = add.andThen(v -> v * 2).apply(1, 2) > 5 ? v -> v : v -> v * 2;
        System.out.println(twice.apply(10));
        Supplier<List<String>> sup = ArrayList::new;
        List<String> l = sup.get(); l.add("z"); l.add("a");
        l.sort(Comparator.naturalOrder());
        System.out.println(l);
        UnaryOperator<String> up = String::toUpperCase;
        System.out.println(up.andThen(t -> t + "!").apply("hi"));
        Predicate<String> empty = String::isEmpty;
        System.out.println(empty.negate().test("") + " " + empty.or(t -> t.startsWith("a")).test("abc"));
    }
}
