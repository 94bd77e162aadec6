import java.util.function.*;

// The default and static methods of java.util.function's interfaces: composition, negation and identity.
public class FunctionalDefaults {
  static StringBuilder log = new StringBuilder();

  public static void main(String[] args) {
    IntUnaryOperator twice = x -> x * 2;
    IntUnaryOperator plusThree = x -> x + 3;
    System.out.println(twice.andThen(plusThree).applyAsInt(5) + " " + twice.compose(plusThree).applyAsInt(5) + " " + IntUnaryOperator.identity().applyAsInt(7));
    LongUnaryOperator square = x -> x * x;
    LongUnaryOperator negate = x -> -x;
    System.out.println(square.andThen(negate).applyAsLong(3000000000L) + " " + square.compose(negate).applyAsLong(-4) + " " + LongUnaryOperator.identity().applyAsLong(-9L));
    DoubleUnaryOperator half = x -> x / 2;
    DoubleUnaryOperator root = x -> Math.sqrt(x);
    System.out.println(half.andThen(root).applyAsDouble(32.0) + " " + half.compose(root).applyAsDouble(2.0) + " " + DoubleUnaryOperator.identity().applyAsDouble(0.1));
    IntPredicate even = x -> x % 2 == 0;
    IntPredicate positive = x -> x > 0;
    StringBuilder line = new StringBuilder();
    for (int i = -3; i <= 3; i++) {
      line.append(even.and(positive).test(i) ? 'A' : '.').append(even.or(positive).test(i) ? 'O' : '.').append(even.negate().test(i) ? 'N' : '.').append(' ');
    }
    System.out.println(line.toString().trim());
    IntConsumer first = x -> log.append("first ").append(x).append(';');
    IntConsumer second = x -> log.append("second ").append(x * 10).append(';');
    first.andThen(second).accept(4);
    BiConsumer<String, Integer> put = (k, v) -> log.append(k).append('=').append(v).append(';');
    BiConsumer<String, Integer> shout = (k, v) -> log.append(k.toUpperCase()).append(';');
    put.andThen(shout).accept("key", 12);
    System.out.println(log);
    BiPredicate<String, Integer> longer = (s, n) -> s.length() > n;
    BiPredicate<String, Integer> startsA = (s, n) -> s.startsWith("a");
    System.out.println(longer.test("abc", 2) + " " + longer.negate().test("abc", 2) + " " + longer.and(startsA).test("bcd", 1) + " " + longer.or(startsA).test("a", 5));
    UnaryOperator<String> same = UnaryOperator.identity();
    Function<Object, Object> alsoSame = Function.identity();
    System.out.println(same.apply("unchanged") + " " + alsoSame.apply(42));
    Predicate<String> isHello = Predicate.isEqual("hello");
    Predicate<Object> isNull = Predicate.isEqual(null);
    Predicate<String> empty = s -> s.isEmpty();
    Predicate<String> notEmpty = Predicate.not(empty);
    System.out.println(isHello.test("hello") + " " + isHello.test("world") + " " + isHello.test(null) + " " + isNull.test(null) + " " + isNull.test("x") + " " + notEmpty.test("") + " " + notEmpty.test("y"));
    Function<Integer, Integer> inc = x -> x + 1;
    Function<Integer, String> show = x -> "<" + x + ">";
    BiFunction<Integer, Integer, Integer> add = (a, b) -> a + b;
    System.out.println(inc.andThen(show).apply(1) + " " + show.compose(inc).apply(2) + " " + add.andThen(show).apply(3, 4));
    try {
      twice.andThen(null);
      System.out.println("no exception");
    } catch (NullPointerException e) {
      System.out.println("NullPointerException");
    }
  }
}
