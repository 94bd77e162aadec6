import java.util.*;
import java.util.function.*;
import java.util.stream.*;

public class StreamPipelines {
  static class Person {
    final String name;
    final int age;
    final String city;
    Person(String name, int age, String city) { this.name = name; this.age = age; this.city = city; }
    String getName() { return name; }
    int getAge() { return age; }
    String getCity() { return city; }
    public String toString() { return name + "(" + age + ")"; }
  }

  public static void main(String[] args) {
    List<Person> people = new ArrayList<>();
    people.add(new Person("Ann", 31, "Oslo"));
    people.add(new Person("Bob", 25, "Rome"));
    people.add(new Person("Cid", 42, "Oslo"));
    people.add(new Person("Dee", 25, "Lima"));
    people.add(new Person("Eve", 37, "Rome"));

    List<String> names = people.stream().map(Person::getName).collect(Collectors.toList());
    System.out.println(names);
    List<Person> older = people.stream().filter(p -> p.age > 30).collect(Collectors.toList());
    System.out.println(older);
    System.out.println(people.stream().mapToInt(Person::getAge).sum());
    System.out.println(people.stream().mapToInt(Person::getAge).average().getAsDouble());
    System.out.println(people.stream().mapToInt(Person::getAge).max());
    System.out.println(people.stream().mapToInt(Person::getAge).summaryStatistics());
    Map<String, List<Person>> byCity = people.stream().collect(Collectors.groupingBy(Person::getCity));
    System.out.println(byCity);
    Map<String, Long> counts = people.stream().collect(Collectors.groupingBy(Person::getCity, Collectors.counting()));
    System.out.println(counts);
    Map<String, Double> averages = people.stream().collect(Collectors.groupingBy(Person::getCity, TreeMap::new, Collectors.averagingInt(Person::getAge)));
    System.out.println(averages);
    Map<Boolean, List<Person>> parts = people.stream().collect(Collectors.partitioningBy(p -> p.age >= 30));
    System.out.println(parts);
    Map<String, Integer> ages = people.stream().collect(Collectors.toMap(Person::getName, Person::getAge));
    System.out.println(ages);
    String joined = people.stream().map(Person::getName).sorted(Comparator.reverseOrder()).collect(Collectors.joining("|"));
    System.out.println(joined);
    List<Person> sorted = people.stream().sorted(Comparator.comparingInt(Person::getAge).thenComparing(Person::getName)).collect(Collectors.toList());
    System.out.println(sorted);
    Optional<Person> youngest = people.stream().min(Comparator.comparingInt(Person::getAge));
    System.out.println(youngest.get());
    System.out.println(people.stream().anyMatch(p -> p.city.equals("Lima")));
    System.out.println(people.stream().allMatch(p -> p.age > 20));
    System.out.println(people.stream().noneMatch(p -> p.age > 50));
    System.out.println(Stream.of("a", "bb", "ccc").map(String::length).reduce(0, Integer::sum));
    System.out.println(Stream.iterate(1, x -> x * 3).limit(6).collect(Collectors.toList()));
    System.out.println(IntStream.iterate(1, i -> i <= 100, i -> i * 2).boxed().collect(Collectors.toList()));
    System.out.println(Stream.of(5, 3, 5, 1, 3).distinct().sorted().collect(Collectors.toList()));
    System.out.println(IntStream.range(0, 20).skip(5).limit(4).mapToObj(Integer::toString).collect(Collectors.joining(",")));
    System.out.println(Arrays.toString(IntStream.rangeClosed(1, 5).map(i -> i * i).toArray()));
    System.out.println(Stream.of(List.of(1, 2), List.of(3), new ArrayList<Integer>()).flatMap(List::stream).map(x -> x * 10).collect(Collectors.toList()));
    System.out.println(Stream.of(1, 2, 3, 4, 5, 6).takeWhile(x -> x < 4).collect(Collectors.toList()));
    System.out.println(Stream.of(1, 2, 3, 4, 5, 6).dropWhile(x -> x < 4).collect(Collectors.toList()));
    System.out.println(DoubleStream.of(0.1, 0.2, 0.3).sum());
    System.out.println(DoubleStream.of(1.5, 2.5).average());
    System.out.println(LongStream.rangeClosed(1, 20).reduce(1L, (a, b) -> a * b));
    System.out.println("a-b-c".chars().filter(Character::isLetter).mapToObj(c -> String.valueOf((char) c)).collect(Collectors.joining()));
    LinkedList<String> linked = Stream.of("x", "y", "z").collect(Collectors.toCollection(LinkedList::new));
    System.out.println(linked);
    System.out.println(IntStream.of(3, 1, 2).boxed().sorted(Collections.reverseOrder()).collect(Collectors.toList()));
    System.out.println(Stream.of(1, 2, 3, 4).peek(x -> System.out.println("peek " + x)).filter(x -> x % 2 == 0).findFirst().get());
    System.out.println(Stream.of("b", "a", "c").toList());
    Object[] array = Stream.of(1, 2, 3).toArray();
    System.out.println(array.length);
    String[] strings = Stream.of("p", "q").toArray(n -> new String[n]);
    System.out.println(strings[1]);
    System.out.println(Stream.empty().count());
    System.out.println(IntStream.empty().max());
    System.out.println(people.stream().collect(Collectors.summingInt(Person::getAge)));
    System.out.println(people.stream().map(Person::getName).collect(Collectors.toSet()));
    Stream<Integer> once = Stream.of(1, 2);
    once.count();
    try {
      once.count();
    } catch (IllegalStateException e) {
      System.out.println(e.getMessage());
    }
    try {
      Stream.of("a", "a").collect(Collectors.toMap(s -> s, s -> 1));
    } catch (IllegalStateException e) {
      System.out.println(e.getMessage());
    }
    System.out.println("one\ntwo\r\nthree".lines().map(String::toUpperCase).collect(Collectors.toList()));
    Map<String, Integer> wordLengths = new TreeMap<>();
    wordLengths.put("pear", 4); wordLengths.put("fig", 3); wordLengths.put("banana", 6);
    System.out.println(wordLengths.entrySet().stream().sorted(Map.Entry.comparingByValue()).map(Map.Entry::getKey).collect(Collectors.toList()));
  }
}
