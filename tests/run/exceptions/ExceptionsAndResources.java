// Exceptions: finally overriding returns, try-with-resources closing in reverse with suppressed exceptions, cause chains, the JDK messages of common failures, labelled loops through finally, an uncaught checked exception.
import java.util.*;

public class ExceptionsAndResources {
    static class AppException extends Exception {
        final int code;
        AppException(String msg, int code) { super(msg); this.code = code; }
        AppException(String msg, Throwable cause) { super(msg, cause); this.code = -1; }
    }
    static class Res implements AutoCloseable {
        final String name; final boolean failClose;
        Res(String name, boolean failClose) { this.name = name; this.failClose = failClose; System.out.println("open " + name); }
        public void close() throws Exception { System.out.println("close " + name); if (failClose) throw new IllegalStateException("close failed " + name); }
    }
    static int f(int n) {
        try {
            if (n == 0) throw new RuntimeException("zero");
            return n;
        } catch (RuntimeException e) {
            return -1;
        } finally {
            System.out.println("finally " + n);
            if (n == 2) return 99;
        }
    }
    static void chain(int depth) throws AppException {
        try {
            if (depth == 0) throw new ArithmeticException("bottom");
            chain(depth - 1);
        } catch (ArithmeticException e) {
            throw new AppException("wrapped at " + depth, e);
        }
    }
    public static void main(String[] args) throws Exception {
        System.out.println(f(0) + " " + f(1) + " " + f(2));
        try (Res a = new Res("a", false); Res b = new Res("b", true)) {
            System.out.println("body");
            throw new AppException("in body", 7);
        } catch (AppException e) {
            System.out.println("caught " + e.getMessage() + " code " + e.code + " suppressed " + Arrays.toString(e.getSuppressed()));
        } finally {
            System.out.println("outer finally");
        }
        try (Res c = new Res("c", true)) {
            System.out.println("body2");
        } catch (Exception e) {
            System.out.println("caught " + e);
        }
        try { chain(2); } catch (AppException e) {
            Throwable t = e;
            while (t != null) { System.out.println(t.getClass().getName() + ": " + t.getMessage()); t = t.getCause(); }
        }
        try { Object o = "s"; Integer i = (Integer) o; } catch (ClassCastException e) { System.out.println("CCE " + e.getMessage()); }
        try { int[] a = new int[2]; a[2] = 1; } catch (ArrayIndexOutOfBoundsException e) { System.out.println(e); }
        try { "abc".substring(5); } catch (StringIndexOutOfBoundsException e) { System.out.println(e); }
        try { "abc".charAt(-1); } catch (IndexOutOfBoundsException e) { System.out.println(e); }
        try { new ArrayList<Integer>().get(0); } catch (IndexOutOfBoundsException e) { System.out.println(e); }
        try { List.of(1).add(2); } catch (UnsupportedOperationException e) { System.out.println(e); }
        try { new int[-1].clone(); } catch (NegativeArraySizeException e) { System.out.println(e); }
        try { Object[] objs = new String[1]; objs[0] = 1; } catch (ArrayStoreException e) { System.out.println(e); }
        try { Integer.parseInt("12x"); } catch (NumberFormatException e) { System.out.println(e); }
        try { Long.parseLong(""); } catch (NumberFormatException e) { System.out.println(e); }
        try { Double.parseDouble("abc"); } catch (NumberFormatException e) { System.out.println(e); }
        try { new ArrayDeque<Integer>().pop(); } catch (NoSuchElementException e) { System.out.println(e); }
        try { Iterator<Integer> it = new ArrayList<Integer>().iterator(); it.next(); } catch (NoSuchElementException e) { System.out.println(e); }
        try { List<Integer> l = new ArrayList<>(List.of(1, 2, 3)); for (Integer x : l) l.remove(x); } catch (ConcurrentModificationException e) { System.out.println(e); }
        try { Optional.empty().get(); } catch (NoSuchElementException e) { System.out.println(e); }
        try { Objects.requireNonNull(null, "thing must not be null"); } catch (NullPointerException e) { System.out.println(e); }
        try { throw new Error("custom error"); } catch (Throwable t) { System.out.println(t + " " + (t instanceof Exception)); }
        try { int x = 5 / (args.length); } catch (ArithmeticException e) { System.out.println(e); }
        try { long x = 5L % (long) args.length; } catch (ArithmeticException e) { System.out.println(e); }
        Exception e1 = new Exception("top"); e1.addSuppressed(new RuntimeException("s1"));
        System.out.println(e1.getSuppressed().length + " " + e1.getSuppressed()[0].getMessage() + " " + new RuntimeException(new IllegalStateException("inner")).getMessage());
        System.out.println(new Throwable().getMessage() + " " + new Exception((String) null) + " " + new IllegalArgumentException("x", null).getCause());
        int r = 0;
        outer:
        for (int i = 0; i < 5; i++) {
            for (int j = 0; j < 5; j++) {
                try {
                    if (j == 3) continue outer;
                    if (i == 3) break outer;
                    r += i * j;
                } finally { r++; }
            }
        }
        System.out.println("r=" + r);
        throw new AppException("fatal", 3);
    }
}
