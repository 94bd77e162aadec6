import java.util.*;
import java.util.function.*;
import java.util.stream.*;

public class CollectorsAndPrimitiveStreams {
  enum Kind { FRUIT, VEGETABLE, GRAIN }

  static class Item {
    final String name;
    final Kind kind;
    final double price;
    final int stock;
    Item(String name, Kind kind, double price, int stock) { this.name = name; this.kind = kind; this.price = price; this.stock = stock; }
    String getName() { return name; }
    Kind getKind() { return kind; }
    double getPrice() { return price; }
    int getStock() { return stock; }
    public String toString() { return name; }
  }

  public static void main(String[] args) {
    List<Item> items = List.of(
        new Item("apple", Kind.FRUIT, 0.5, 120),
        new Item("rice", Kind.GRAIN, 1.25, 40),
        new Item("carrot", Kind.VEGETABLE, 0.3, 75),
        new Item("pear", Kind.FRUIT, 0.65, 0),
        new Item("oats", Kind.GRAIN, 2.1, 15),
        new Item("leek", Kind.VEGETABLE, 0.9, 22));

    // Laziness: each element goes through the whole pipeline before the next is read.
    List<String> trace = new ArrayList<>();
    List<String> firstTwo = items.stream()
        .peek(i -> trace.add("saw " + i.name))
        .filter(i -> i.stock > 0)
        .map(i -> i.name.toUpperCase())
        .limit(2)
        .collect(Collectors.toList());
    System.out.println(firstTwo + " " + trace);

    // count() on a sized pipeline does not run peek (as the JDK does); with a filter it must.
    int[] peeks = new int[1];
    long sized = items.stream().peek(i -> peeks[0]++).map(i -> i.price).count();
    long filtered = items.stream().peek(i -> peeks[0]++).filter(i -> i.price > 1).count();
    System.out.println(sized + " " + filtered + " " + peeks[0]);

    // Grouping with downstream collectors, into sorted maps.
    Map<Kind, Long> perKind = items.stream().collect(Collectors.groupingBy(Item::getKind, TreeMap::new, Collectors.counting()));
    System.out.println(perKind);
    Map<Kind, List<String>> namesPerKind = items.stream().collect(Collectors.groupingBy(Item::getKind, TreeMap::new, Collectors.mapping(Item::getName, Collectors.toList())));
    System.out.println(namesPerKind);
    Map<Kind, Double> totalValue = items.stream().collect(Collectors.groupingBy(Item::getKind, TreeMap::new, Collectors.summingDouble(i -> i.price * i.stock)));
    System.out.println(totalValue);
    Map<Kind, Optional<Item>> dearest = items.stream().collect(Collectors.groupingBy(Item::getKind, TreeMap::new, Collectors.maxBy(Comparator.comparingDouble(Item::getPrice))));
    System.out.println(dearest);
    Map<Boolean, Long> inStock = items.stream().collect(Collectors.partitioningBy(i -> i.stock > 0, Collectors.counting()));
    System.out.println(inStock);
    Map<String, Integer> stockByName = items.stream().collect(Collectors.toMap(Item::getName, Item::getStock, (a, b) -> a + b, TreeMap::new));
    System.out.println(stockByName);
    DoubleSummaryStatistics prices = items.stream().collect(Collectors.summarizingDouble(Item::getPrice));
    System.out.println(prices);
    System.out.println(items.stream().collect(Collectors.averagingDouble(Item::getPrice)));
    String summary = items.stream().filter(i -> i.kind == Kind.FRUIT).map(Item::getName).collect(Collectors.collectingAndThen(Collectors.joining("+"), s -> "<" + s + ">"));
    System.out.println(summary);
    int totalStock = items.stream().collect(Collectors.reducing(0, Item::getStock, Integer::sum));
    System.out.println(totalStock);

    // Primitive streams.
    System.out.println(IntStream.rangeClosed(1, 10).filter(n -> n % 3 != 0).mapToObj(Integer::toString).collect(Collectors.joining(" ")));
    System.out.println(IntStream.of(4, 8, 15, 16, 23, 42).average().orElse(-1));
    System.out.println(IntStream.empty().average().isPresent());
    System.out.println(LongStream.range(0, 5).map(n -> n * n).boxed().collect(Collectors.toList()));
    System.out.println(DoubleStream.of(1e16, 1.0, -1e16, 1.0).sum());
    System.out.println(DoubleStream.iterate(1.0, d -> d / 2).limit(5).summaryStatistics());
    System.out.println(IntStream.range(0, 5).asDoubleStream().map(Math::sqrt).max().getAsDouble());
    System.out.println(Arrays.toString(Stream.of("3", "1", "2").mapToInt(Integer::parseInt).sorted().toArray()));
    System.out.println(IntStream.of(1, 2, 3).mapToLong(n -> n * 1000000000L).sum());
    System.out.println(IntStream.range(0, 10).boxed().collect(Collectors.partitioningBy(n -> n % 2 == 0)));
    int[] squares = IntStream.range(0, 6).map(n -> n * n).toArray();
    System.out.println(Arrays.stream(squares).skip(2).sum() + " " + Arrays.stream(squares, 1, 3).sum());
    System.out.println(IntStream.generate(() -> 7).limit(3).sum());
    System.out.println("Mississippi".chars().distinct().mapToObj(c -> String.valueOf((char) c)).collect(Collectors.joining()));
    System.out.println("hello world".chars().filter(Character::isLetter).map(Character::toUpperCase).mapToObj(c -> "" + (char) c).collect(Collectors.joining()));
    System.out.println(IntStream.rangeClosed(1, 5).reduce(1, (a, b) -> a * b));
    System.out.println(IntStream.of(5, 2, 9).min() + " " + IntStream.of().max());
    System.out.println(IntStream.range(0, 100).anyMatch(n -> n * n == 49) + " " + IntStream.range(1, 4).allMatch(n -> n > 0));
    System.out.println(IntStream.iterate(1, n -> n * 2).takeWhile(n -> n < 100).boxed().collect(Collectors.toList()));

    // Sorting with comparators, distinct, flatMap, reduce, and the Optional answers.
    List<String> words = Arrays.asList("delta", "alpha", "charlie", "bravo", "echo", "alpha", "foxtrot");
    System.out.println(words.stream().distinct().sorted(Comparator.comparing(String::length).thenComparing(Comparator.reverseOrder())).collect(Collectors.toList()));
    System.out.println(words.stream().map(w -> w.charAt(0)).distinct().count());
    System.out.println(words.stream().flatMap(w -> Stream.of(w.substring(0, 1), w.substring(w.length() - 1))).collect(Collectors.joining()));
    System.out.println(words.stream().reduce((a, b) -> a.length() >= b.length() ? a : b).get());
    System.out.println(words.stream().filter(w -> w.startsWith("z")).findFirst().isPresent());
    System.out.println(words.stream().filter(w -> w.startsWith("z")).findAny().orElse("none"));
    System.out.println(words.stream().max(Comparator.naturalOrder()).get() + " " + words.stream().min(String::compareTo).get());
    Map<Integer, Set<String>> byLength = words.stream().collect(Collectors.groupingBy(String::length, TreeMap::new, Collectors.toCollection(TreeSet::new)));
    System.out.println(byLength);
    System.out.println(Stream.concat(Stream.of(1, 2), Stream.of(3)).map(n -> n * 10).collect(Collectors.toList()));
    System.out.println(Stream.iterate("a", s -> s.length() < 4, s -> s + "b").collect(Collectors.toList()));
    System.out.println(Stream.generate(() -> "x").limit(3).collect(Collectors.joining()));
    StringBuilder built = Stream.of("p", "q", "r").collect(StringBuilder::new, StringBuilder::append, StringBuilder::append);
    System.out.println(built);
    System.out.println(Stream.of(1, 2, 3, 4).sorted(Collections.reverseOrder()).skip(1).findFirst().get());
    System.out.println(Optional.of(5).map(n -> n * 2).filter(n -> n > 3).orElse(0));
    System.out.println(Optional.empty().isPresent() + " " + OptionalInt.of(3) + " " + OptionalDouble.empty() + " " + OptionalLong.of(9L).getAsLong());
    Iterator<Integer> it = Stream.of(7, 8).iterator();
    while (it.hasNext()) System.out.print(it.next() + ";");
    System.out.println();

    // Failures the JDK reports.
    try {
      Stream.of(1, 2).limit(-1);
    } catch (IllegalArgumentException e) {
      System.out.println("limit: " + e.getMessage());
    }
    try {
      Stream.of("a", null).findFirst();
      System.out.println("first found");
    } catch (NullPointerException e) {
      System.out.println("null first: NullPointerException");
    }
    try {
      Stream.of((String) null, "b").findFirst();
    } catch (NullPointerException e) {
      System.out.println("findFirst of null: NullPointerException");
    }
    try {
      Stream.of("x").collect(Collectors.groupingBy(s -> (String) null));
    } catch (NullPointerException e) {
      System.out.println(e.getMessage());
    }
    try {
      List<Integer> fixed = Stream.of(1, 2).toList();
      fixed.add(3);
    } catch (UnsupportedOperationException e) {
      System.out.println("toList is unmodifiable");
    }
    Stream<String> used = Stream.of("a");
    used.map(String::length);
    try {
      used.filter(s -> true);
    } catch (IllegalStateException e) {
      System.out.println(e.getMessage());
    }
    Stream<Integer> closing = Stream.of(1);
    closing.onClose(() -> System.out.println("closed once"));
    closing.close();
    closing.close();
  }
}
