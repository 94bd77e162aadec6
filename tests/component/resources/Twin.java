// The provider and the consumer as one Java program: a Counter class stands for the resource.
public class Twin {
    static final class Counter {
        int count;
        Counter(int start) { count = start; }
        int up(int by) { count += by; return count; }
        int value() { return count; }
        String label(String prefix) { return prefix + "#" + count; }
        static Counter merge(Counter first, Counter second) { return new Counter(first.value() + second.value()); }
        void close() { }
    }

    static int total(Counter[] counters) {
        int sum = 0;
        for (Counter counter : counters) sum += counter.value();
        return sum;
    }

    static Object[] pair(int start) { return new Object[] { new Counter(start), new Counter(start + 1) }; }

    static Counter maybe(int start) { return start < 0 ? null : new Counter(start); }

    public static void main(String[] args) {
        Counter first = new Counter(5);
        System.out.println(first.up(3));
        System.out.println(first.up(-1));
        System.out.println(first.value());
        System.out.println(first.label("first"));
        Counter second = new Counter(10);
        System.out.println(total(new Counter[] { first, second }));
        Counter merged = Counter.merge(first, second);
        System.out.println(merged.value());
        System.out.println(second.up(1));
        System.out.println(merged.label("merged"));
        Object[] pair = pair(40);
        System.out.println(((Counter) pair[0]).value() + ((Counter) pair[1]).value());
        System.out.println(maybe(-1) == null);
        System.out.println(maybe(7).value());
        int sum = 0;
        for (int index = 0; index < 1000; index++) {
            Counter temporary = new Counter(index);
            sum += temporary.value();
            temporary.close();
        }
        System.out.println(sum);
        System.out.println("closed");
    }
}
