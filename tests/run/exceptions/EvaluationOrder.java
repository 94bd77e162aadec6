// Java evaluates the operands of a field store, a call and an array access before it checks for null
// (and an array index before the bounds): the side effects of the operands happen before the exception.
public class EvaluationOrder {
    static int f(String s) { System.out.println("  " + s); return 1; }
    static final class Box { int v; Box next; int get(int x) { return v + x; } }
    interface Shape { int area(int scale); }
    static final class Square implements Shape { public int area(int scale) { return scale * scale; } }
    static final class Circle implements Shape { public int area(int scale) { return 3 * scale * scale; } }
    static Shape pick(int kind) { return kind == 0 ? new Square() : kind == 1 ? new Circle() : null; }
    static final class Counter {
        int count;
        int countTo(int limit) {
            int steps = 0;
            for (int i = 0; i < limit; i++) {
                if (i % 3 == 0) count += i; else count -= 1;
                steps++;
            }
            return steps + count;
        }
    }
    static Counter noCounter() { return null; }
    static Box nothing() { System.out.println("  nothing()"); return null; }
    public static void main(String[] args) {
        Box b = null;
        try { b.v = f("rhs of a field store"); } catch (NullPointerException e) { System.out.println("npe field store"); }
        try { int x = b.get(f("argument of a call")); } catch (NullPointerException e) { System.out.println("npe call"); }
        try { nothing().v = f("rhs after a null qualifier call"); } catch (NullPointerException e) { System.out.println("npe qualifier call"); }
        System.out.println(pick(0).area(2) + pick(1).area(2));
        try { int x = pick(2).area(f("argument of a virtual call")); } catch (NullPointerException e) { System.out.println("npe virtual call"); }
        System.out.println(new Counter().countTo(7));
        try { int x = noCounter().countTo(f("argument of a large method")); } catch (NullPointerException e) { System.out.println("npe large method"); }
        int[] a = new int[2];
        try { a[f("index") + 4] += f("compound rhs"); } catch (ArrayIndexOutOfBoundsException e) { System.out.println("aioobe compound: " + e.getMessage()); }
        try { int z = f("dividend") / (f("divisor") - 1); } catch (ArithmeticException e) { System.out.println("arith " + e.getMessage()); }
        Box c = new Box();
        try { c.next.v += f("compound field rhs"); } catch (NullPointerException e) { System.out.println("npe compound field"); }
        try { b.v++; } catch (NullPointerException e) { System.out.println("npe increment"); }
        int[] n = null;
        try { n[f("index of an increment")]++; } catch (NullPointerException e) { System.out.println("npe array increment"); }
        int[] counts = new int[3];
        counts[f("index of a counted increment")]++;
        counts[2]--;
        System.out.println(counts[0] + " " + counts[1] + " " + counts[2]);
        try { int q = n.length + f("after length"); } catch (NullPointerException e) { System.out.println("npe length first"); }
        try { int[] big = new int[f("size") - 5]; } catch (NegativeArraySizeException e) { System.out.println("negative " + e.getMessage()); }
        try { Object o = "s"; Integer i = (Integer) o; } catch (ClassCastException e) { System.out.println("cce " + e.getMessage()); }
    }
}
