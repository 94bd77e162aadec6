import java.util.*;

public class StackOverflowCaught {
    interface Node { int depth(); }
    static class Link implements Node {
        Node next;
        public int depth() { return 1 + next.depth(); }
    }
    static int calls = 0;
    static int runaway(int n) { calls++; return runaway(n + 1) + 1; }
    static boolean ping(int n) { return pong(n + 1); }
    static boolean pong(int n) { return ping(n + 1); }
    static int sum(int n) { return n == 0 ? 0 : n + sum(n - 1); }
    static String nested(int n) {
        try {
            return nested(n + 1);
        } finally {
            calls++;
        }
    }
    static int ackermann(int m, int n) {
        if (m == 0) return n + 1;
        if (n == 0) return ackermann(m - 1, 1);
        return ackermann(m - 1, ackermann(m, n - 1));
    }

    public static void main(String[] args) {
        try {
            runaway(0);
            System.out.println("not reached");
        } catch (StackOverflowError e) {
            System.out.println("runaway: " + e.getClass().getName() + " " + e.getMessage() + " deep=" + (calls > 1000));
        }
        try {
            ping(0);
        } catch (Error e) {
            System.out.println("mutual: " + (e instanceof StackOverflowError) + " " + (e instanceof VirtualMachineError));
        }
        Link a = new Link();
        Link b = new Link();
        a.next = b;
        b.next = a;
        try {
            System.out.println(a.depth());
        } catch (StackOverflowError e) {
            System.out.println("cyclic list: caught");
        }
        calls = 0;
        try {
            nested(0);
        } catch (Throwable t) {
            System.out.println("finally blocks ran while unwinding: " + (calls > 1000) + " " + t);
        }
        // The stack is whole again: deep but finite recursion still works, as often as asked.
        for (int round = 0; round < 3; round++) {
            try {
                runaway(0);
            } catch (StackOverflowError e) {
                System.out.print("again" + round + " ");
            }
            System.out.println(sum(9000));
        }
        System.out.println(ackermann(2, 300) + " " + ackermann(3, 5));
        List<Object> self = new ArrayList<>();
        self.add(self);
        try {
            System.out.println(self.hashCode());
        } catch (StackOverflowError e) {
            System.out.println("self-containing list: hashCode overflows");
        }
    }
}
