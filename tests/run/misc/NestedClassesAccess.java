public class NestedClassesAccess {
    private static int created = 0;
    private static final String NAME = "outer";

    static class Counter {
        private int value;
        Counter() { created++; }
        Counter add(int n) { value += n; return this; }
        int value() { return value; }
        static Counter startingAt(int v) { return new Counter().add(v); }
    }

    static class Pair {
        final Counter first, second;
        Pair(Counter first, Counter second) { this.first = first; this.second = second; }
        int sum() { return first.value() + second.value(); }
        Pair swap() { return new Pair(second, first); }
        public String toString() { return NAME + ".Pair(" + first.value() + ", " + second.value() + ")"; }
    }

    public static void main(String[] args) {
        Pair p = new Pair(Counter.startingAt(3), new Counter().add(4).add(5));
        System.out.println(p + " sum " + p.sum());
        Pair q = p.swap();
        q.first.add(100);
        System.out.println(q + " " + p + " created " + created);
        System.out.println(p.second == q.first);
    }
}
