// Streams and collectors: grouping, partitioning, joining, toMap merges, primitive streams, iterate and takeWhile
import java.util.*;
import java.util.stream.*;

public class CollectorsTour {
    static final class Person {
        private final String name;
        private final int age;
        private final String city;

        Person(String name, int age, String city) {
            this.name = name;
            this.age = age;
            this.city = city;
        }

        String name() { return name; }
        int age() { return age; }
        String city() { return city; }

        @Override
        public boolean equals(Object o) {
            if (!(o instanceof Person)) return false;
            Person p = (Person) o;
            return p.name.equals(name) && p.age == age && p.city.equals(city);
        }

        @Override
        public int hashCode() { return Objects.hash(name, age, city); }

        @Override
        public String toString() { return "Person[name=" + name + ", age=" + age + ", city=" + city + "]"; }
    }

    public static void main(String[] args) {
        List<Person> people = List.of(new Person("Ann", 31, "Oslo"), new Person("Bob", 25, "Rome"), new Person("Cid", 31, "Oslo"),
                new Person("Dee", 19, "Lima"), new Person("Eve", 44, "Rome"), new Person("Fay", 25, "Oslo"));
        Map<String, List<String>> byCity = people.stream().collect(Collectors.groupingBy(Person::city, TreeMap::new, Collectors.mapping(Person::name, Collectors.toList())));
        System.out.println(byCity);
        Map<Boolean, Long> adults = people.stream().collect(Collectors.partitioningBy((Person p) -> p.age() >= 30, Collectors.counting()));
        System.out.println(adults);
        System.out.println(people.stream().map(Person::name).collect(Collectors.joining(", ", "[", "]")));
        Map<Integer, String> byAge = people.stream().collect(Collectors.toMap(Person::age, Person::name, (a, b) -> a + "&" + b, TreeMap::new));
        System.out.println(byAge);
        try {
            people.stream().collect(Collectors.toMap(Person::age, Person::name));
        } catch (IllegalStateException e) {
            System.out.println("ISE " + e.getMessage());
        }
        IntSummaryStatistics st = people.stream().mapToInt(Person::age).summaryStatistics();
        System.out.println(st.getMin() + " " + st.getMax() + " " + st.getAverage() + " " + st.getSum() + " " + st.getCount());
        System.out.println(st);
        System.out.println(people.stream().collect(Collectors.averagingInt(Person::age)) + " " + people.stream().collect(Collectors.summingInt(Person::age)));
        Optional<Person> oldest = people.stream().max(Comparator.comparingInt(Person::age));
        System.out.println(oldest.map(Person::name).orElse("none") + " " + people.stream().filter((Person p) -> p.age() > 100).findFirst().isPresent());
        System.out.println(people.stream().sorted(Comparator.comparing(Person::city).thenComparing(Person::age, Comparator.reverseOrder())).map(Person::name).toList());
        System.out.println(IntStream.rangeClosed(1, 5).map(x -> x * x).boxed().collect(Collectors.toList()) + " " + IntStream.range(0, 10).filter(x -> x % 2 == 1).sum());
        System.out.println(Stream.iterate(1, x -> x < 200, x -> x * 3).toList() + " " + Stream.iterate(1, x -> x * 2).limit(8).skip(3).toList());
        System.out.println(IntStream.of(5, 3, 8, 1, 9, 2).sorted().takeWhile(x -> x < 6).boxed().toList() + " " + IntStream.of(5, 3, 8, 1).dropWhile(x -> x > 2).boxed().toList());
        System.out.println(Stream.of("a,b", "c", "d,e,f").flatMap(s -> Arrays.stream(s.split(","))).collect(Collectors.joining()));
        System.out.println(Stream.of(3, 1, 3, 2, 1).distinct().sorted().map(String::valueOf).reduce("", String::concat) + " " + Stream.of(1, 2, 3, 4).reduce(Integer::sum).get() + " " + Stream.of(1, 2, 3).reduce(10, (a, b) -> a * b));
        System.out.println(LongStream.rangeClosed(1, 20).reduce(1L, (a, b) -> a * b) + " " + DoubleStream.of(1.5, 2.5, 3.0).average().getAsDouble() + " " + IntStream.empty().max().isPresent());
        System.out.println(Stream.of("x", "yy", "zzz", "ww").collect(Collectors.groupingBy(String::length, Collectors.counting())));
        Map<Boolean, List<Integer>> parts = IntStream.rangeClosed(1, 10).boxed().collect(Collectors.partitioningBy((Integer x) -> x % 3 == 0));
        System.out.println(parts);
        ArrayDeque<String> dqs = Arrays.stream(new int[] {4, 2, 7}).mapToObj(i -> "#" + i).collect(Collectors.toCollection(ArrayDeque::new));
        System.out.println(dqs);
        System.out.println(Stream.of("b", "a", "c").collect(Collectors.toCollection(TreeSet::new)).first() + " " + Stream.of(1, 2, 3).anyMatch(x -> x > 2) + " " + Stream.of(1, 2, 3).allMatch(x -> x > 2) + " " + Stream.of(1, 2, 3).noneMatch(x -> x > 5));
        System.out.println(IntStream.rangeClosed(1, 4).mapToObj(i -> IntStream.rangeClosed(1, i).mapToObj(Integer::toString).collect(Collectors.joining("+"))).collect(Collectors.joining(" | ")));
        List<List<Integer>> nested = List.of(List.of(1, 2), List.of(), List.of(3));
        System.out.println(nested.stream().mapToInt(List::size).max().getAsInt() + " " + nested.stream().flatMap(List::stream).map(x -> x * 10).toList());
        TreeMap<Character, String> byLetter = Stream.of("apple", "avocado", "banana", "blueberry", "cherry").collect(Collectors.groupingBy((String s) -> s.charAt(0), TreeMap::new, Collectors.joining("/")));
        System.out.println(byLetter);
        System.out.println(Collectors.class.getSimpleName() + " " + Stream.of(1, 2, 3, 4, 5).peek(x -> {}).count() + " " + Stream.generate(() -> "z").limit(3).collect(Collectors.joining()));
        Object[] arr = Stream.of(1, 2).toArray();
        Integer[] arr2 = Stream.of(3, 4).toArray((int n) -> new Integer[n]);
        System.out.println(arr.length + " " + arr2[1] + " " + Arrays.toString(IntStream.iterate(0, i -> i + 5).limit(4).toArray()));
        System.out.println(people.stream().collect(Collectors.groupingBy(Person::age, TreeMap::new, Collectors.mapping(Person::city, Collectors.toSet()))).get(25).size());
        System.out.println(people.get(0) + " " + people.get(0).equals(new Person("Ann", 31, "Oslo")) + " " + (people.get(0).hashCode() == new Person("Ann", 31, "Oslo").hashCode()));
    }
}
