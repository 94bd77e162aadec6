// Exception control flow: finally overriding returns, break and continue through finally, try-with-resources order and suppressed exceptions, cause chains, rethrow, and exceptions in static initializers.
import java.util.*;

public class ExceptionFlows {
    static class AppException extends Exception {
        final int code;
        AppException(String message, int code) { super(message); this.code = code; }
        AppException(String message, Throwable cause) { super(message, cause); this.code = -1; }
    }
    static class Resource implements AutoCloseable {
        final String name; final boolean failOnClose; static List<String> events = new ArrayList<>();
        Resource(String name, boolean failOnClose) { this.name = name; this.failOnClose = failOnClose; events.add("open " + name); }
        void use(boolean fail) { events.add("use " + name); if (fail) throw new IllegalStateException("use failed: " + name); }
        @Override public void close() { events.add("close " + name); if (failOnClose) throw new UncheckedIOExceptionLike("close failed: " + name); }
    }
    static class UncheckedIOExceptionLike extends RuntimeException { UncheckedIOExceptionLike(String m) { super(m); } }

    @SuppressWarnings("finally")
    static int finallyWins() { try { return 1; } finally { return 2; } }
    static int finallyRuns(List<String> log) { int x = 10; try { return x; } finally { x = 20; log.add("finally x=" + x); } }
    @SuppressWarnings("finally")
    static String swallow() { try { throw new RuntimeException("lost"); } finally { return "swallowed"; } }
    static int depth(int n) throws AppException { if (n == 0) throw new AppException("bottom", 404); try { return depth(n - 1); } finally { trail.append(n); } }
    static StringBuilder trail = new StringBuilder();

    static class Lazy { static final int VALUE; static { if (true) throw new ArithmeticException("init boom"); VALUE = 1; } }

    public static void main(String[] args) {
        List<String> log = new ArrayList<>();
        System.out.println(finallyWins() + " " + finallyRuns(log) + " " + log + " " + swallow());
        StringBuilder sb = new StringBuilder();
        int round = 0;
        do {
            try {
                try { if (round % 2 == 0) continue; sb.append("odd").append(round); }
                finally { sb.append('(').append(round).append(')'); }
                if (round > 4) break;
            } finally { sb.append(round == 5 ? "!" : ";"); }
        } while (++round < 8);
        System.out.println(sb);
        try { depth(4); } catch (AppException e) { System.out.println(e.getMessage() + " " + e.code + " trail=" + trail); }
        try (Resource a = new Resource("a", false); Resource b = new Resource("b", true)) {
            a.use(false); b.use(true);
        } catch (IllegalStateException e) {
            System.out.println("caught " + e.getMessage() + " suppressed=" + e.getSuppressed().length + " " + e.getSuppressed()[0].getMessage());
        } finally { System.out.println(Resource.events); }
        Resource.events.clear();
        try (Resource c = new Resource("c", true)) { c.use(false); } catch (RuntimeException e) { System.out.println("close-only " + e.getMessage() + " " + e.getSuppressed().length); }
        System.out.println(Resource.events);
        try {
            try { Integer.parseInt("x1"); } catch (NumberFormatException e) { throw new AppException("wrapped", e); }
        } catch (AppException e) {
            Throwable root = e; while (root.getCause() != null) root = root.getCause();
            System.out.println(e.getMessage() + " <- " + e.getCause().getClass().getName() + ": " + root.getMessage() + " | " + e);
        }
        try { throw new Error("custom error"); } catch (Throwable t) { System.out.println(t + " " + (t instanceof Exception)); }
        try { Object x = Lazy.VALUE; } catch (ExceptionInInitializerError e) { System.out.println("EIIE cause=" + e.getCause() + " msg=" + e.getMessage()); }
        try { Object x = Lazy.VALUE; } catch (NoClassDefFoundError e) { System.out.println("NCDFE " + e.getMessage()); }
        int[] counts = new int[3];
        for (String s : new String[]{"1", "x", "3", null, "2147483648"}) {
            try { counts[0] += Integer.parseInt(s); }
            catch (NumberFormatException e) { counts[1]++; System.out.println("NFE " + e.getMessage()); }
            finally { counts[2]++; }
        }
        System.out.println(Arrays.toString(counts));
        try { multi(0); multi(1); } catch (IllegalArgumentException | ArithmeticException e) { System.out.println("multi " + e.getClass().getSimpleName() + " " + e.getMessage()); }
        try { rethrow(); } catch (Exception e) { System.out.println("rethrown " + e.getMessage() + " same=" + (e == saved)); }
        RuntimeException r = new RuntimeException("with suppressed");
        r.addSuppressed(new IllegalStateException("one")); r.addSuppressed(new IllegalArgumentException("two"));
        System.out.println(Arrays.toString(r.getSuppressed()));
        Exception noMsg = new Exception();
        System.out.println(noMsg.getMessage() + " " + noMsg + " " + new RuntimeException((String) null) + " " + new IllegalStateException(new ArithmeticException("inner")).getMessage());
        System.out.println(new Exception("outer", null).getCause() + " " + new Throwable("t").getLocalizedMessage());
        try { throw new StackOverflowError(); } catch (VirtualMachineError e) { System.out.println("VME " + e); }
        try { Objects.requireNonNull(null, "must not be null"); } catch (NullPointerException e) { System.out.println(e.getMessage()); }
        try { List.of(1).add(2); } catch (UnsupportedOperationException e) { System.out.println("UOE " + e.getMessage()); }
        try { new ArrayList<Integer>().iterator().next(); } catch (NoSuchElementException e) { System.out.println("NSEE " + e.getClass().getName()); }
        try { int[] a = new int[2]; a[2] = 1; } catch (ArrayIndexOutOfBoundsException e) { System.out.println(e.getMessage()); }
        try { "abc".substring(2, 1); } catch (StringIndexOutOfBoundsException e) { System.out.println(e.getMessage()); }
        try { Object[] objs = new String[1]; objs[0] = 1; } catch (ArrayStoreException e) { System.out.println(e); }
        try { int[] neg = new int[-1]; } catch (NegativeArraySizeException e) { System.out.println(e); }
        try { System.out.println(10 % 0); } catch (ArithmeticException e) { System.out.println(e); }
        System.out.println(10.0 % 0 + " " + -10 / 3 + " " + -10 % 3 + " " + Math.floorMod(-10, 3) + " " + Math.floorDiv(-10, 3));
    }
    static Exception saved;
    static void rethrow() throws Exception { try { throw new Exception("orig"); } catch (Exception e) { saved = e; throw e; } }
    static void multi(int k) { if (k == 0) return; throw new ArithmeticException("k=" + k); }
}
