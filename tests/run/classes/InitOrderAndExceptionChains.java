import java.util.*;
public class InitOrderAndExceptionChains {
    static StringBuilder log = new StringBuilder();
    static class A { int v = 1; static String who() { return "A"; } String me() { return "A" + v; } A() { log.append("A() "); hook(); } void hook() { log.append("A.hook "); } { log.append("A{} "); } static { log.append("A-static "); } }
    static class B extends A { int v = 2; int w = 7; static String who() { return "B"; } String me() { return "B" + v + super.me(); } B() { super(); log.append("B(w=" + w + ") "); } void hook() { log.append("B.hook(w=" + w + ") "); } { log.append("B{} "); } static { log.append("B-static "); } }
    interface HasId { int ID = compute(); static int compute() { log.append("HasId-init "); return 42; } default int id() { return ID; } }
    static class C implements HasId { }
    static class Bad { static int value = 1 / Integer.parseInt("0"); }
    static class Boom extends Exception { Boom(String m) { super(m); } public String toString() { return "Boom<" + getMessage() + ">"; } }
    static class Quiet extends RuntimeException { Quiet() { super(); } }
    static int f(int n) throws Boom { if (n > 2) throw new Boom("n=" + n); return n * 10; }
    static String nested(int mode) {
        StringBuilder sb = new StringBuilder();
        try {
            try {
                if (mode == 0) throw new IllegalArgumentException("inner");
                if (mode == 1) return "early";
                sb.append("body ");
            } catch (IllegalArgumentException e) {
                sb.append("caught ").append(e.getMessage()).append(' ');
                throw new IllegalStateException("rethrown", e);
            } finally {
                sb.append("inner-finally ");
            }
        } catch (IllegalStateException e) {
            sb.append("outer ").append(e.getMessage()).append(" cause=").append(e.getCause().getMessage()).append(' ');
        } finally {
            sb.append("outer-finally");
        }
        return sb.toString();
    }
    public static void main(String[] args) {
        A a = new B();
        System.out.println(log); log.setLength(0);
        System.out.println(a.v + " " + ((B) a).v + " " + a.me() + " " + A.who() + " " + B.who() + " " + (a instanceof B) + " " + a.getClass().getSimpleName());
        new B(); System.out.println(log); log.setLength(0);
        C c = new C(); System.out.println(log + "| " + c.id() + " " + log + " " + HasId.ID);
        for (int i = 1; i <= 4; i++) { try { System.out.println(f(i)); } catch (Boom e) { System.out.println(e + " " + e.getMessage() + " " + e.getLocalizedMessage()); } }
        System.out.println(nested(0)); System.out.println(nested(1)); System.out.println(nested(2));
        try { throw new Quiet(); } catch (RuntimeException e) { System.out.println(e + " " + e.getMessage() + " " + (e.getCause() == null)); }
        try { Object o = List.of(1); ((List<Object>) o).add("x"); } catch (UnsupportedOperationException e) { System.out.println("UOE " + e); }
        try { throw new Error("custom error"); } catch (Throwable t) { System.out.println(t); }
        Exception chained = new Exception("top", new RuntimeException("middle", new ArithmeticException("bottom")));
        System.out.println(chained + " | " + chained.getCause() + " | " + chained.getCause().getCause());
        Throwable t2 = new IllegalStateException(new ArithmeticException("root"));
        System.out.println(t2.getMessage() + " | " + t2);
        Exception sup = new Exception("main"); sup.addSuppressed(new RuntimeException("s1")); System.out.println(sup.getSuppressed().length + " " + sup.getSuppressed()[0]);
        char[] cs = {'h', 'i'}; System.out.println(cs); System.out.print((Object) null); System.out.println(); System.out.println(String.valueOf((Object) null));
        System.out.printf("%5.1f%%%n", 45.678); System.out.printf("%-6s|%6s|%n", "ab", "cd"); System.out.printf("%s %s %s%n", 1, 'c', 2.5); System.out.print(String.format("%03d:%02d%n", 7, 5));
        Object[] things = {1, 2L, 3.0f, 4.0, (short) 5, (byte) 6, 'x', true, "s"};
        for (Object o : things) System.out.print(o.getClass().getSimpleName() + "=" + o + " ");
        System.out.println();
        int[] counts = new int[5]; for (int i = 0; i < 100; i++) counts[(i * 7 + 3) % 5]++; System.out.println(Arrays.toString(counts));
        StringBuilder tri = new StringBuilder();
        for (int r = 0; r < 5; r++) { int v = 1; for (int col = 0; col <= r; col++) { tri.append(v).append(col < r ? " " : "\n"); v = v * (r - col) / (col + 1); } }
        System.out.print(tri);
        System.out.println("end");
    }
}
