import java.util.Comparator;
import java.util.function.*;

public class Lambdas {
    interface Shape {
        double area();
        default String describe() { return "shape of area " + area(); }
    }

    private static IntUnaryOperator adder(int n) { return x -> x + n; }
    private static Shape square(double side) { return () -> side * side; }

    public static void main(String[] args) {
        java.io.PrintStream out = System.out;
        IntBinaryOperator plus = (a, b) -> a + b;
        out.println(plus.applyAsInt(40, 2));
        IntUnaryOperator addFive = adder(5);
        IntUnaryOperator addTen = adder(10);
        out.println(addFive.applyAsInt(1));
        out.println(addTen.applyAsInt(1));
        IntUnaryOperator[] operators = { addFive, addTen, x -> x * x };
        int value = 2;
        for (int i = 0; i < operators.length; i++) value = operators[i].applyAsInt(value);
        out.println(value);
        Function<Object, Object> length = s -> ((String) s).length();
        Function<Object, Object> twice = n -> (Integer) n * 2;
        out.println(length.andThen(twice).apply("hello"));
        out.println(twice.compose(length).apply("wasm"));
        Predicate<Object> isEven = n -> (Integer) n % 2 == 0;
        Predicate<Object> isPositive = n -> (Integer) n > 0;
        Predicate<Object> both = isEven.and(isPositive);
        Predicate<Object> either = isEven.or(isPositive);
        Predicate<Object> odd = isEven.negate();
        for (int i = -3; i <= 3; i += 2) {
            out.println(i + ": " + both.test(i) + " " + either.test(i) + " " + odd.test(i));
        }
        Comparator<Object> byLength = (a, b) -> ((String) a).length() - ((String) b).length();
        out.println(byLength.compare("ab", "abcd"));
        out.println(byLength.reversed().compare("ab", "abcd"));
        int[] counter = new int[1];
        Runnable tick = () -> counter[0] = counter[0] + 1;
        tick.run();
        tick.run();
        tick.run();
        out.println("ticks: " + counter[0]);
        Consumer<Object> log = x -> out.println("log " + x);
        Consumer<Object> shout = x -> out.println("LOG " + x);
        log.andThen(shout).accept("event");
        Shape shape = square(1.5);
        out.println(shape.describe());
        out.println(shape instanceof Shape);
        out.println(((Object) shape) instanceof Runnable);
        out.println(addFive.hashCode() == addFive.hashCode());
        out.println(addFive.equals(addTen));
    }
}
