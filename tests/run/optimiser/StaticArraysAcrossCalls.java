// A static array read, then a call, then the same element again: the second access may skip its checks
// only when nothing the call runs can assign the field. Each case here has a call that shrinks the array
// or sets it to null between the two accesses (directly, through a virtual call, a constructor, a
// toString run by string concatenation, deep recursion, or a lambda), and one call that cannot.
import java.util.function.IntSupplier;

public class StaticArraysAcrossCalls {
    static int[] values = {1, 2, 3, 4};
    static int[] other = {9, 9};

    static void shrink() { values = new int[1]; }
    static void clear() { values = null; }
    static void touchOther() { other[0] += count(3); }
    static int count(int n) { return n == 0 ? 0 : 1 + count(n - 1); }
    static int depth(int n) { if (n == 0) { shrink(); return 0; } return 1 + depth(n - 1); }

    interface Action { void run(); }
    static class Shrinker implements Action { public void run() { shrink(); } }
    static class Harmless implements Action { public void run() { touchOther(); } }

    static class Resetter {
        Resetter() { values = new int[2]; }
    }

    static class Loud {
        public String toString() { clear(); return "loud"; }
    }

    static void reset() { values = new int[] {1, 2, 3, 4}; }

    static String attempt(String label, Runnable body) {
        reset();
        try {
            body.run();
            return label + ": ok";
        } catch (ArrayIndexOutOfBoundsException e) {
            return label + ": " + e.getMessage();
        } catch (NullPointerException e) {
            return label + ": null pointer";
        }
    }

    public static void main(String[] args) {
        Action[] actions = { new Harmless(), new Shrinker() };
        System.out.println(attempt("direct", () -> { int a = values[3]; shrink(); values[3] = a; }));
        System.out.println(attempt("cleared", () -> { int a = values[2]; clear(); values[2] = a; }));
        System.out.println(attempt("harmless", () -> { int a = values[3]; touchOther(); values[3] = a + 1; }));
        System.out.println(attempt("deep", () -> { int a = values[3]; depth(20); System.out.println(values[3] + a); }));
        for (Action action : actions) {
            System.out.println(attempt("virtual " + action.getClass().getSimpleName(), () -> { int a = values[3]; action.run(); values[3] = a; }));
        }
        System.out.println(attempt("constructor", () -> { int a = values[3]; new Resetter(); values[3] = a; }));
        System.out.println(attempt("toString", () -> { int a = values[1]; String s = "x" + new Loud(); values[1] = a + s.length(); }));
        IntSupplier lambda = () -> { shrink(); return 0; };
        System.out.println(attempt("lambda", () -> { int a = values[3]; lambda.getAsInt(); values[3] = a; }));
        System.out.println(attempt("loop", () -> {
            for (int i = 0; i < 4; i++) {
                int a = values[i];
                if (i == 2) shrink();
                values[i] = a;
            }
        }));
        reset();
        int total = 0;
        for (int round = 0; round < 3; round++) {
            for (int i = 0; i < 4; i++) {
                total += values[i];
                touchOther();
                values[i] = values[i] + 1;
            }
        }
        System.out.println("total " + total + " " + values[0] + " " + other[0]);
    }
}
