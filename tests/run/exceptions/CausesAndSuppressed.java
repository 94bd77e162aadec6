// Throwables: causes, suppressed exceptions, try-with-resources order, custom exceptions, toString and messages
import java.util.*;

public class CausesAndSuppressed {
    static class AppException extends Exception {
        final int code;
        AppException(String message, int code) { super(message); this.code = code; }
        AppException(String message, Throwable cause) { super(message, cause); this.code = -1; }
        @Override
        public String getMessage() { return super.getMessage() + " [code " + code + "]"; }
    }

    static class Res implements AutoCloseable {
        final String name;
        final boolean failOnClose;
        static List<String> log = new ArrayList<>();
        Res(String name, boolean failOnClose) { this.name = name; this.failOnClose = failOnClose; log.add("open " + name); }
        @Override
        public void close() throws Exception {
            log.add("close " + name);
            if (failOnClose) throw new IllegalStateException("close failed: " + name);
        }
    }

    static void use(boolean failBody, boolean failClose) {
        Res.log.clear();
        try (Res a = new Res("a", false); Res b = new Res("b", failClose)) {
            Res.log.add("body");
            if (failBody) throw new RuntimeException("body failed");
        } catch (Exception e) {
            Res.log.add("caught " + e.getMessage() + " suppressed=" + e.getSuppressed().length + (e.getSuppressed().length > 0 ? " " + e.getSuppressed()[0].getMessage() : ""));
        } finally {
            Res.log.add("finally");
        }
        System.out.println(Res.log);
    }

    static int depth(int n) throws AppException {
        if (n == 0) throw new AppException("bottom", 42);
        try {
            return depth(n - 1);
        } catch (AppException e) {
            if (n == 2) throw new AppException("wrapped at " + n, e);
            throw e;
        }
    }

    public static void main(String[] args) {
        use(false, false);
        use(true, false);
        use(false, true);
        use(true, true);
        try {
            depth(4);
        } catch (AppException e) {
            System.out.println(e.getMessage() + " | " + e.getCause().getMessage() + " | " + e + " | " + e.getCause().getCause());
            Throwable root = e;
            while (root.getCause() != null) root = root.getCause();
            System.out.println("root " + root.getClass().getName() + " " + ((AppException) root).code);
        }
        Throwable t = new Throwable();
        System.out.println(t + " " + t.getMessage() + " " + t.getLocalizedMessage() + " " + new Exception((String) null) + " " + new Error("e"));
        RuntimeException withCause = new RuntimeException(new IllegalArgumentException("inner"));
        System.out.println(withCause.getMessage() + " | " + withCause);
        Exception init = new Exception("outer");
        init.initCause(new ArithmeticException("math"));
        System.out.println(init.getCause());
        try {
            init.initCause(new RuntimeException());
        } catch (IllegalStateException e) {
            System.out.println("ISE " + e.getMessage());
        }
        Exception sup = new Exception("main");
        sup.addSuppressed(new Exception("s1"));
        sup.addSuppressed(new Exception("s2"));
        System.out.println(sup.getSuppressed().length + " " + sup.getSuppressed()[1].getMessage());
        try {
            sup.addSuppressed(sup);
        } catch (IllegalArgumentException e) {
            System.out.println("IAE " + e.getMessage());
        }
        try {
            sup.addSuppressed(null);
        } catch (NullPointerException e) {
            System.out.println("NPE " + e.getMessage());
        }
        try {
            throw new UnsupportedOperationException();
        } catch (RuntimeException e) {
            System.out.println(e + " " + (e instanceof UnsupportedOperationException));
        }
        try {
            Objects.requireNonNull(null, "thing must not be null");
        } catch (NullPointerException e) {
            System.out.println(e.getMessage());
        }
        try {
            Objects.checkIndex(5, 3);
        } catch (IndexOutOfBoundsException e) {
            System.out.println(e.getMessage());
        }
        try {
            throw new StackOverflowError("fake");
        } catch (Error e) {
            System.out.println(e + " " + (e instanceof VirtualMachineError));
        }
        try {
            assertPositive(-1);
        } catch (IllegalArgumentException e) {
            System.out.println(e.getMessage());
        }
        int caught = 0;
        for (int i = 0; i < 1000; i++) {
            try {
                if (i % 3 == 0) throw new IllegalStateException("i=" + i);
                if (i % 5 == 0) throw new ArithmeticException();
            } catch (IllegalStateException | ArithmeticException e) {
                caught += e instanceof ArithmeticException ? 1 : 100;
            }
        }
        System.out.println("caught " + caught);
        System.out.println(new NumberFormatException("x").getClass().getSuperclass().getName() + " " + new ArrayIndexOutOfBoundsException(7).getMessage() + " " + new StringIndexOutOfBoundsException(3).getMessage());
        System.out.println(new NullPointerException().getMessage() + " " + new ClassCastException().toString() + " " + new InterruptedException("zz"));
    }

    static void assertPositive(int x) {
        if (x <= 0) throw new IllegalArgumentException(String.format("expected positive but got %d", x));
    }
}
