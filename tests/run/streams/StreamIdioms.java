import java.util.*;
import java.util.function.*;
import java.util.stream.*;

public class StreamIdioms {
  static class City {
    final String name;
    final String country;
    final int population;
    City(String name, String country, int population) { this.name = name; this.country = country; this.population = population; }
    String getName() { return name; }
    String getCountry() { return country; }
    int getPopulation() { return population; }
    public String toString() { return name; }
  }

  static boolean isPrime(int n) {
    return n > 1 && IntStream.rangeClosed(2, (int) Math.sqrt(n)).noneMatch(d -> n % d == 0);
  }

  public static void main(String[] args) {
    List<City> cities = new ArrayList<>(List.of(
        new City("Lyon", "FR", 513000), new City("Porto", "PT", 232000), new City("Paris", "FR", 2161000),
        new City("Lisbon", "PT", 545000), new City("Nice", "FR", 342000), new City("Faro", "PT", 61000)));

    // Word frequencies, most frequent first, ties by word.
    String text = "the quick brown fox jumps over the lazy dog the fox";
    Map<String, Long> frequencies = Arrays.stream(text.split(" ")).collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    List<String> ranked = frequencies.entrySet().stream()
        .sorted((a, b) -> a.getValue().equals(b.getValue()) ? a.getKey().compareTo(b.getKey()) : Long.compare(b.getValue(), a.getValue()))
        .map(e -> e.getKey() + "=" + e.getValue())
        .collect(Collectors.toList());
    System.out.println(ranked);

    // The largest city per country, and the countries by total population.
    Map<String, City> largest = cities.stream().collect(Collectors.toMap(City::getCountry, Function.identity(),
        BinaryOperator.maxBy(Comparator.comparingInt(City::getPopulation)), TreeMap::new));
    System.out.println(largest);
    Map<String, Integer> totals = cities.stream().collect(Collectors.groupingBy(City::getCountry, LinkedHashMap::new, Collectors.summingInt(City::getPopulation)));
    System.out.println(totals);
    System.out.println(cities.stream().sorted(Comparator.comparing(City::getCountry).thenComparing(City::getPopulation, Comparator.reverseOrder())).collect(Collectors.toList()));
    System.out.println(cities.stream().sorted(Comparator.comparing(City::getName, Comparator.reverseOrder())).map(City::getName).collect(Collectors.joining(",")));
    System.out.println(cities.stream().map(City::getName).filter(Predicate.not((String n) -> n.startsWith("P"))).collect(Collectors.toList()));
    String teed = cities.stream().collect(Collectors.teeing(Collectors.counting(), Collectors.averagingInt(City::getPopulation), (n, avg) -> n + " cities, mean " + avg));
    System.out.println(teed);
    Map<String, String> bigOnes = cities.stream().collect(Collectors.groupingBy(City::getCountry, TreeMap::new, Collectors.filtering(c -> c.population > 300000, Collectors.mapping(City::getName, Collectors.joining("/")))));
    System.out.println(bigOnes);

    // Primes, perfect squares, and a running total with arrays.
    System.out.println(IntStream.range(0, 50).filter(StreamIdioms::isPrime).boxed().collect(Collectors.toList()));
    System.out.println(IntStream.rangeClosed(1, 100).filter(n -> Math.sqrt(n) % 1 == 0).summaryStatistics());
    int[] running = new int[1];
    System.out.println(Arrays.toString(IntStream.of(3, 1, 4, 1, 5, 9).map(n -> running[0] += n).toArray()));
    System.out.println(LongStream.rangeClosed(1, 25).reduce(1, (a, b) -> a * b));
    System.out.println(Stream.iterate(new long[] {0, 1}, f -> new long[] {f[1], f[0] + f[1]}).limit(15).map(f -> f[0]).map(String::valueOf).collect(Collectors.joining(" ")));

    // Nulls in sorting, replaceAll, removeIf, forEachRemaining.
    List<String> withNulls = new ArrayList<>(Arrays.asList("pear", null, "apple", null, "fig"));
    withNulls.sort(Comparator.nullsFirst(Comparator.naturalOrder()));
    System.out.println(withNulls);
    withNulls.sort(Comparator.nullsLast(Comparator.comparing(String::length)));
    System.out.println(withNulls);
    List<Integer> numbers = IntStream.rangeClosed(1, 8).boxed().collect(Collectors.toCollection(ArrayList::new));
    numbers.replaceAll(n -> n * n);
    numbers.removeIf(n -> n % 2 == 1);
    System.out.println(numbers);
    Map<String, Integer> scores = new TreeMap<>(Map.of("ann", 3, "bob", 5));
    scores.replaceAll((k, v) -> v * 10 + k.length());
    System.out.println(scores);
    Iterator<String> rest = List.of("x", "y", "z").iterator();
    rest.next();
    rest.forEachRemaining(s -> System.out.print(s.toUpperCase()));
    System.out.println();

    // Strings as streams.
    System.out.println("alpha\nbeta\n\ngamma\n".lines().filter(l -> !l.isEmpty()).map(String::length).collect(Collectors.toList()));
    System.out.println("hello".codePoints().map(Character::toUpperCase).collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append));
    System.out.println("a1b2c3".chars().filter(Character::isDigit).map(c -> c - '0').sum());
    System.out.println(Stream.of("x", "yy", "zzz").collect(Collectors.toMap(String::length, s -> s)).values());
    List<List<Integer>> nested = List.of(List.of(1, 2), List.of(3, 4), List.of(5));
    System.out.println(nested.stream().flatMap(List::stream).mapToInt(Integer::intValue).sum());
    System.out.println(nested.stream().mapToInt(List::size).max().getAsInt());
    System.out.println(Stream.of("b", "a", "c").sorted().findFirst().orElseThrow());
    Optional<String> none = Stream.<String>empty().findAny();
    System.out.println(none.map(String::length).orElseGet(() -> -1));
    System.out.println(Stream.of(1, 2, 3).mapToDouble(n -> n / 2.0).boxed().collect(Collectors.toList()));
    Set<Integer> unique = Stream.of(3, 1, 3, 2).collect(Collectors.toCollection(TreeSet::new));
    System.out.println(unique);
    System.out.println(Collections.max(Stream.of(4, 9, 2).collect(Collectors.toList())));
  }
}
