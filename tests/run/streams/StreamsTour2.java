// Streams and collectors beyond the basics: grouping, partitioning, flatMap, boxed and primitive streams, summary statistics.
import java.util.*;
import java.util.function.*;
import java.util.stream.*;

public class StreamsTour2 {
    static final class Person {
        final String name; final int age; final String city;
        Person(String name, int age, String city) { this.name = name; this.age = age; this.city = city; }
        String getName() { return name; }
        int getAge() { return age; }
        String getCity() { return city; }
        public String toString() { return name + "(" + age + ")"; }
    }

    public static void main(String[] args) {
        List<Person> people = Arrays.asList(
            new Person("Ada", 36, "London"), new Person("Alan", 41, "Manchester"),
            new Person("Grace", 85, "New York"), new Person("Edsger", 72, "Austin"),
            new Person("Barbara", 30, "New York"), new Person("Donald", 84, "Stanford"),
            new Person("Tony", 90, "Oxford"), new Person("Niklaus", 89, "Zurich"));
        System.out.println(people.stream().map(Person::getName).collect(Collectors.joining(", ", "[", "]")));
        System.out.println(people.stream().filter(p -> p.getAge() > 50).count());
        System.out.println(people.stream().mapToInt(Person::getAge).sum());
        System.out.println(people.stream().mapToInt(Person::getAge).max().getAsInt());
        System.out.println(people.stream().mapToInt(Person::getAge).average().getAsDouble());
        IntSummaryStatistics stats = people.stream().mapToInt(Person::getAge).summaryStatistics();
        System.out.println(stats.getMin() + " " + stats.getMax() + " " + stats.getSum() + " " + stats.getCount());
        Map<String, List<String>> byCity = new TreeMap<>();
        for (Person p : people) byCity.computeIfAbsent(p.getCity(), k -> new ArrayList<>()).add(p.getName());
        System.out.println(byCity);
        Map<Boolean, List<Person>> parts = people.stream().collect(Collectors.partitioningBy(p -> p.getAge() >= 80));
        System.out.println(parts.get(true) + " / " + parts.get(false));
        Map<String, Long> counts = people.stream().collect(Collectors.groupingBy(Person::getCity, TreeMap::new, Collectors.counting()));
        System.out.println(counts);
        List<String> sorted = people.stream().sorted(Comparator.comparingInt(Person::getAge).reversed()).map(Person::getName).collect(Collectors.toList());
        System.out.println(sorted);
        System.out.println(people.stream().sorted(Comparator.comparing(Person::getCity).thenComparing(Person::getName)).map(Person::toString).collect(Collectors.joining(" ")));
        System.out.println(IntStream.rangeClosed(1, 10).filter(i -> i % 2 == 1).boxed().collect(Collectors.toList()));
        System.out.println(IntStream.range(0, 5).map(i -> i * i).sum());
        System.out.println(Stream.of("a,b", "c", "d,e,f").flatMap(s -> Arrays.stream(s.split(","))).collect(Collectors.toList()));
        System.out.println(Stream.iterate(1, x -> x * 3).limit(8).map(String::valueOf).collect(Collectors.joining("<")));
        System.out.println(people.stream().anyMatch(p -> p.getName().startsWith("G")) + " " + people.stream().allMatch(p -> p.getAge() > 30) + " " + people.stream().noneMatch(p -> p.getCity().isEmpty()));
        Optional<Person> youngest = people.stream().min(Comparator.comparingInt(Person::getAge));
        System.out.println(youngest.map(Person::getName).orElse("none"));
        System.out.println(people.stream().map(Person::getCity).distinct().count());
        System.out.println(people.stream().skip(2).limit(3).map(Person::getName).collect(Collectors.toList()));
        System.out.println(Stream.of(5, 3, 9, 1).reduce(0, Integer::sum) + " " + Stream.of(5, 3, 9, 1).reduce(Integer::max).get());
        Map<Integer, String> byDecade = people.stream().collect(Collectors.toMap(p -> p.getAge() / 10 * 10, Person::getName, (a, b) -> a + "&" + b, TreeMap::new));
        System.out.println(byDecade);
        System.out.println(Arrays.stream(new int[]{4, 8, 15, 16, 23, 42}).mapToObj(Integer::toHexString).collect(Collectors.joining("|")));
        double[] ds = {1.5, 2.25, 3.125};
        System.out.println(Arrays.stream(ds).sum() + " " + DoubleStream.of(ds).map(Math::sqrt).max().getAsDouble());
        System.out.println(LongStream.rangeClosed(1, 20).reduce(1L, (a, b) -> a * b));
        List<List<Integer>> nested = Arrays.asList(Arrays.asList(1, 2), Arrays.asList(3), Collections.emptyList(), Arrays.asList(4, 5, 6));
        System.out.println(nested.stream().flatMap(List::stream).mapToInt(Integer::intValue).sum());
        Map<Integer, String> byLength = Stream.of("pear", "fig", "banana", "kiwi").collect(Collectors.groupingBy(String::length, TreeMap::new, Collectors.joining("+")));
        System.out.println(byLength);
        Supplier<Stream<String>> words = () -> Stream.of("delta", "alpha", "charlie", "bravo");
        System.out.println(words.get().sorted().findFirst().get() + " " + words.get().sorted(Comparator.reverseOrder()).collect(Collectors.toList()));
        System.out.println(words.get().collect(Collectors.toCollection(TreeSet::new)).first());
        System.out.println(IntStream.of(3, 1, 2).sorted().boxed().map(Object::toString).collect(Collectors.joining()));
        System.out.println(Stream.of(1, 2, 3, 4, 5, 6).collect(Collectors.summingInt(x -> x)) + " " + Stream.of(1, 2, 3, 4).collect(Collectors.averagingDouble(x -> x * 1.5)));
        BiFunction<Integer, Integer, Integer> add = (a, b) -> a + b;
        Function<Integer, Integer> twice = add.andThen(x -> x * 2).apply(1, 2) > 5 ? x -> x : x -> x * 2;
        System.out.println(twice.apply(21));
        UnaryOperator<String> up = String::toUpperCase;
        System.out.println(up.andThen(s -> s + "!").apply("hey"));
        Predicate<String> empty = String::isEmpty;
        System.out.println(empty.negate().test("") + " " + empty.or(s -> s.length() > 3).test("long") + " " + empty.and(s -> true).test(""));
    }
}
