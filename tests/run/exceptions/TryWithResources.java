// try-with-resources (closing in reverse order, suppressed exceptions), multi-catch, custom checked
// exceptions, finally with return, causes, AssertionError, initCause and the Throwable accessors.
public class TryWithResources {
    static class Resource implements AutoCloseable {
        final String name;
        Resource(String name) { this.name = name; System.out.println("open " + name); }
        public void close() { System.out.println("close " + name); }
    }
    static class AppException extends Exception {
        final int code;
        AppException(String message, int code) { super(message); this.code = code; }
    }
    static int finallyReturn() {
        try { return 1; } finally { System.out.println("finally runs"); }
    }
    static void thrower(int kind) throws AppException {
        if (kind == 0) throw new AppException("app failure", 42);
        if (kind == 1) throw new IllegalArgumentException("bad arg");
        if (kind == 2) throw new UnsupportedOperationException();
    }
    public static void main(String[] args) {
        try (Resource a = new Resource("a"); Resource b = new Resource("b")) {
            System.out.println("using " + a.name + b.name);
            throw new RuntimeException("inside");
        } catch (RuntimeException e) {
            System.out.println("caught " + e.getMessage());
        }
        for (int k = 0; k < 4; k++) {
            try {
                thrower(k);
                System.out.println("no exception");
            } catch (AppException e) {
                System.out.println(e.getMessage() + " code " + e.code + " " + (e instanceof Exception));
            } catch (IllegalArgumentException | UnsupportedOperationException e) {
                System.out.println("multi " + e.getClass().getName() + " " + e.getMessage());
            }
        }
        System.out.println(finallyReturn());
        try {
            try { throw new IllegalStateException("first"); }
            finally { System.out.println("inner finally"); }
        } catch (IllegalStateException e) {
            RuntimeException wrapped = new RuntimeException(e);
            System.out.println(wrapped.getMessage() + " | " + wrapped.getCause().getMessage());
        }
        Throwable t = new Throwable("plain");
        System.out.println(t + " " + t.getLocalizedMessage());
        try { Object o = null; o.toString(); } catch (Exception e) { System.out.println(e.getClass().getSimpleName()); }
        try { throw new Error("fatal"); } catch (Throwable e) { System.out.println("Throwable " + e); }
        StackTraceElement[] trace = new Exception().getStackTrace();
        System.out.println(trace.length >= 0);
        try (Failing f = new Failing("f")) {
            throw new IllegalStateException("body");
        } catch (IllegalStateException e) {
            System.out.println(e.getMessage() + " suppressed " + e.getSuppressed().length + " " + e.getSuppressed()[0].getMessage());
        }
        try (Failing g = new Failing("g")) {
            System.out.println("body fine");
        } catch (IllegalStateException e) {
            System.out.println("from close: " + e.getMessage() + " " + e.getSuppressed().length);
        }
        try (Resource none = null) {
            System.out.println("null resource is skipped");
        }
        try {
            throw new AssertionError("broken invariant");
        } catch (AssertionError e) {
            System.out.println(e + " " + (e instanceof Error));
        }
        AssertionError fromCause = new AssertionError(new ArithmeticException("root"));
        System.out.println(fromCause.getMessage() + " | " + fromCause.getCause());
        Exception late = new Exception("late");
        late.initCause(new RuntimeException("why"));
        System.out.println(late.getCause().getMessage());
        try {
            late.initCause(null);
        } catch (IllegalStateException e) {
            System.out.println("initCause twice: " + e.getMessage());
        }
    }
    static class Failing implements AutoCloseable {
        final String name;
        Failing(String name) { this.name = name; }
        public void close() { System.out.println("closing " + name); throw new IllegalStateException("close " + name); }
    }
}
