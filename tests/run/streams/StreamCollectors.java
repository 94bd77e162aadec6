// Streams over records of people: groupingBy with map factories and downstream collectors, partitioningBy, toMap with merges, statistics, iterate/generate, primitive streams.
import java.util.*;
import java.util.function.*;
import java.util.stream.*;

public class StreamCollectors {
    static class Person {
        final String name; final int age; final String city;
        Person(String name, int age, String city) { this.name = name; this.age = age; this.city = city; }
        String getName() { return name; } int getAge() { return age; } String getCity() { return city; }
        public String toString() { return name + "(" + age + ")"; }
    }
    public static void main(String[] args) {
        List<Person> people = List.of(new Person("Ann", 31, "Oslo"), new Person("Bob", 25, "Rome"), new Person("Cid", 42, "Oslo"),
            new Person("Dee", 25, "Paris"), new Person("Eve", 37, "Rome"), new Person("Fay", 19, "Oslo"));
        Map<String, List<Person>> byCity = people.stream().collect(Collectors.groupingBy(Person::getCity));
        System.out.println(byCity);
        Map<String, Long> counts = people.stream().collect(Collectors.groupingBy(Person::getCity, TreeMap::new, Collectors.counting()));
        System.out.println(counts);
        Map<Boolean, List<String>> parts = people.stream().collect(Collectors.partitioningBy(p -> p.age >= 30, Collectors.mapping(Person::getName, Collectors.toList())));
        System.out.println(parts);
        System.out.println(people.stream().map(Person::getName).collect(Collectors.joining(", ", "[", "]")));
        System.out.println(people.stream().collect(Collectors.toMap(Person::getName, Person::getAge)));
        System.out.println(people.stream().collect(Collectors.averagingInt(Person::getAge)) + " " + people.stream().mapToInt(Person::getAge).summaryStatistics());
        System.out.println(people.stream().collect(Collectors.summingInt(Person::getAge)) + " " + people.stream().max(Comparator.comparingInt(Person::getAge)).get());
        System.out.println(people.stream().sorted(Comparator.comparing(Person::getAge).thenComparing(Person::getName, Comparator.reverseOrder())).collect(Collectors.toList()));
        System.out.println("" + people.stream().collect(Collectors.groupingBy(Person::getAge, TreeMap::new, Collectors.mapping(Person::getName, Collectors.joining("+")))));
        Map<String, Optional<Person>> oldest = people.stream().collect(Collectors.groupingBy(Person::getCity, Collectors.maxBy(Comparator.comparingInt(Person::getAge))));
        System.out.println(new TreeMap<>(oldest));
        System.out.println(IntStream.rangeClosed(1, 5).map(x -> x * x).boxed().collect(Collectors.toList()) + " " + IntStream.range(0, 10).filter(x -> x % 3 == 0).sum());
        System.out.println(Stream.iterate(1, x -> x * 2).limit(10).map(String::valueOf).collect(Collectors.joining(",")));
        System.out.println(Stream.of("a", "bb", "cc", "ddd").collect(Collectors.toMap(String::length, Function.identity(), (String x, String y) -> x + y)));
        System.out.println(Stream.of(List.of(1, 2), List.of(3), List.<Integer>of()).flatMap(List::stream).map(x -> x * 10).reduce(0, Integer::sum));
        System.out.println(IntStream.of(3, 1, 4, 1, 5, 9, 2, 6).sorted().distinct().skip(1).limit(4).mapToObj(Integer::toString).collect(Collectors.joining("|")));
        System.out.println(Arrays.stream(new int[]{1, 2, 3}).average().getAsDouble() + " " + DoubleStream.of(1.5, 2.5).sum() + " " + LongStream.range(1, 21).reduce(1, (a, b) -> a * b));
        System.out.println(Stream.of("x", "y", "z").collect(Collectors.toCollection(ArrayDeque::new)) + " " + Stream.of(5, 3, 5, 1).collect(Collectors.toSet()));
        System.out.println(people.stream().anyMatch(p -> p.age > 40) + " " + people.stream().allMatch(p -> p.age > 18) + " " + people.stream().noneMatch(p -> p.city.equals("Bern")));
        System.out.println(people.stream().map(Person::getCity).distinct().count() + " " + people.stream().findFirst().get() + " " + Stream.empty().findAny().isPresent());
        System.out.println(IntStream.iterate(0, i -> i < 20, i -> i + 7).boxed().collect(Collectors.toList()) + " " + Stream.generate(() -> "ab").limit(3).collect(Collectors.joining()));
        System.out.println("" + "hello world".chars().mapToObj(c -> (char) c).filter(Character::isLetter).collect(Collectors.groupingBy(c -> c, LinkedHashMap::new, Collectors.counting())));
        System.out.println("" + Arrays.stream("to be or not to be".split(" ")).collect(Collectors.groupingBy(w -> w, TreeMap::new, Collectors.counting())));
        List<List<Integer>> nested = IntStream.range(0, 3).mapToObj(i -> IntStream.range(0, i + 1).boxed().collect(Collectors.toList())).collect(Collectors.toList());
        System.out.println(nested + " " + nested.stream().mapToInt(List::size).max().getAsInt());
        System.out.println(Stream.of(1, 2, 3, 4, 5, 6).collect(Collectors.partitioningBy(x -> x % 2 == 0, Collectors.summingInt(x -> x))));
        System.out.println(Stream.of("b", "a", "c").sorted(Comparator.reverseOrder()).toList() + " " + Stream.of(1, 2, 3).mapToDouble(x -> x / 2.0).boxed().toList());
        IntSummaryStatistics st = IntStream.empty().summaryStatistics(); System.out.println(st + " " + OptionalInt.empty() + " " + Optional.of(3).map(x -> x + 1) + " " + Optional.ofNullable(null).orElse("none"));
        System.out.println(Stream.of(1, 2, 3, 4).peek(x -> System.out.print("p" + x + " ")).filter(x -> x > 2).findFirst().get());
        System.out.println(Collections.nCopies(3, "ab") + " " + String.join("", Collections.nCopies(2, "xy")) + " " + Stream.of(1, 2, 3).map(x -> x * 2).collect(Collectors.reducing(0, Integer::sum)));
        System.out.println(people.stream().collect(Collectors.collectingAndThen(Collectors.toList(), (List<Person> l) -> l.size())) + " " + Stream.of("a", "b").collect(Collectors.toUnmodifiableList()));
        System.out.println(IntStream.range(0, 5).mapToObj(i -> "#" + i).toArray(n -> new String[n]).length + " " + Arrays.toString(Stream.of(3, 1, 2).sorted().toArray()) + " " + Arrays.toString(IntStream.of(1, 2).toArray()));
        Map<String, Integer> scores = new HashMap<>(); scores.put("a", 1); scores.put("b", 2); scores.computeIfAbsent("c", k -> 3); scores.computeIfPresent("a", (k, v) -> v + 10); scores.compute("b", (k, v) -> null);
        System.out.println(scores + " " + scores.getOrDefault("z", -1) + " " + scores.entrySet().stream().sorted(Map.Entry.comparingByValue(Comparator.reverseOrder())).map(Map.Entry::getKey).collect(Collectors.toList()));
        System.out.println(Stream.of("apple", "banana", "cherry").collect(Collectors.toMap(s -> s.charAt(0), String::length, (x, y) -> x, TreeMap::new)).descendingMap());
    }
}
