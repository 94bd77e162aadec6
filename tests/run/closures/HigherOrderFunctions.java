import java.util.function.*;

public class HigherOrderFunctions {
    interface Transformer {
        String apply(String input);
    }

    static String applyAll(String input, Transformer[] steps) {
        String result = input;
        for (Transformer t : steps) result = t.apply(result);
        return result;
    }

    static int sumWhere(int[] values, IntPredicate keep, IntUnaryOperator map) {
        int sum = 0;
        for (int v : values) if (keep.test(v)) sum += map.applyAsInt(v);
        return sum;
    }

    static IntUnaryOperator compose(IntUnaryOperator f, IntUnaryOperator g) {
        return x -> g.applyAsInt(f.applyAsInt(x));
    }

    static Supplier<String> counter(String prefix) {
        int[] count = {0};
        return () -> prefix + (++count[0]);
    }

    public static void main(String[] args) {
        Transformer[] steps = {s -> s.trim(), s -> s.toUpperCase(), s -> s.replace(' ', '_'), s -> "<" + s + ">"};
        System.out.println(applyAll("  hello higher order  ", steps));
        int[] values = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
        System.out.println(sumWhere(values, v -> v % 2 == 0, v -> v * v));
        System.out.println(sumWhere(values, v -> v > 7, v -> -v));
        IntUnaryOperator inc = x -> x + 1;
        IntUnaryOperator dbl = x -> x * 2;
        System.out.println(compose(inc, dbl).applyAsInt(5) + " " + compose(dbl, inc).applyAsInt(5));
        Supplier<String> ids = counter("id-");
        System.out.println(ids.get() + " " + ids.get() + " " + ids.get());
        Function<String, Integer> length = String::length;
        BiFunction<Integer, Integer, Integer> add = (a, b) -> a + b;
        System.out.println(length.apply("lambda") + " " + add.apply(40, 2) + " " + add.andThen(x -> x * 10).apply(1, 2));
        BinaryOperator<String> longer = (a, b) -> a.length() >= b.length() ? a : b;
        String best = "";
        for (String w : new String[] {"to", "lambda", "or", "closure", "fn"}) best = longer.apply(best, w);
        System.out.println(best);
        UnaryOperator<String> shout = s -> s + "!";
        System.out.println(shout.apply("hey") + " " + shout.andThen(s -> s + "?").apply("what"));
        Predicate<String> empty = String::isEmpty;
        System.out.println(empty.test("") + " " + empty.negate().test("") + " " + empty.or(s -> s.startsWith("x")).test("xy"));
    }
}
