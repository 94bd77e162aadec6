import java.util.function.*;

public class TypedClosures {
    static class Counter {
        IntUnaryOperator step = x -> x + 1;
        int total = 0;
        void advance() { total = step.applyAsInt(total); }
    }

    public static void main(String[] args) {
        java.io.PrintStream out = System.out;
        int base = 10;
        IntUnaryOperator add = x -> x + base;
        out.println(add.applyAsInt(5));
        out.println(add.applyAsInt(-7));
        String greeting = "Hello, ";
        Function<String, String> greet = name -> greeting + name + "!";
        out.println(greet.apply("closures"));
        long big = 10000000000L;
        double scale = 2.5;
        BiFunction<Long, Double, Double> mix = (value, extra) -> ((double) (value + big)) * scale + extra;
        out.println((double) mix.apply(5L, 0.25));
        IntSupplier constant = () -> 42;
        out.println(constant.getAsInt());
        IntConsumer sink = value -> out.println("sink got " + value);
        sink.accept(7);
        sink.accept(8);
        BiFunction<IntUnaryOperator, Integer, Integer> twice = (f, x) -> f.applyAsInt(f.applyAsInt(x));
        out.println((int) twice.apply(add, 1));
        IntFunction<IntUnaryOperator> makeAdder = n -> x -> x + n;
        IntUnaryOperator addThree = makeAdder.apply(3);
        out.println(addThree.applyAsInt(4));
        out.println((int) twice.apply(makeAdder.apply(100), 1));
        IntFunction<String> sign = x -> {
            if (x < 0) return "negative";
            if (x == 0) return "zero";
            return "positive";
        };
        out.println(sign.apply(-3) + " " + sign.apply(0) + " " + sign.apply(9));
        Counter counter = new Counter();
        counter.advance();
        counter.advance();
        out.println(counter.total);
        IntUnaryOperator doubler = x -> x * 2;
        counter.step = doubler;
        counter.total = 3;
        counter.advance();
        counter.advance();
        out.println(counter.total);
        Object boxed = ((IntFunction<Object>) x -> x).apply(5);
        out.println(boxed);
        IntUnaryOperator missing = null;
        try {
            out.println(missing.applyAsInt(1));
        } catch (Exception e) {
            out.println("caught " + e.getClass().getName());
        }
    }
}
