import java.util.Arrays;
import java.util.Comparator;
import java.util.function.*;

// Comparator's static factories and default methods: natural and reverse order, keys, and tie-breakers.
public class ComparatorChains {
  static final class Person {
    final String name;
    final int age;
    final double height;
    final long id;
    Person(String name, int age, double height, long id) { this.name = name; this.age = age; this.height = height; this.id = id; }
    public String toString() { return name + "/" + age; }
  }

  public static void main(String[] args) {
    String[] words = {"pear", "Fig", "apple", "kiwi", "banana", "fig"};
    String[] sorted = words.clone();
    Comparator<String> natural = Comparator.naturalOrder();
    Arrays.sort(sorted, natural);
    System.out.println(String.join(",", sorted));
    Comparator<String> reverse = Comparator.reverseOrder();
    Arrays.sort(sorted, reverse);
    System.out.println(String.join(",", sorted));
    ToIntFunction<String> length = s -> s.length();
    Comparator<String> byLength = Comparator.comparingInt(length);
    Arrays.sort(sorted, byLength.thenComparing(natural));
    System.out.println(String.join(",", sorted));
    Arrays.sort(sorted, byLength.reversed().thenComparing(reverse));
    System.out.println(String.join(",", sorted));
    Function<String, String> lower = s -> s.toLowerCase();
    Comparator<String> byLower = Comparator.comparing(lower);
    Arrays.sort(sorted, byLower.thenComparing(natural));
    System.out.println(String.join(",", sorted));
    Person[] people = {
      new Person("Ann", 31, 1.62, 7L), new Person("Bob", 25, 1.80, 3L), new Person("Cid", 31, 1.75, 9L),
      new Person("Dee", 25, 1.80, 1L), new Person("Eve", 40, 1.55, 5L)
    };
    ToIntFunction<Person> age = p -> p.age;
    ToDoubleFunction<Person> height = p -> p.height;
    ToLongFunction<Person> id = p -> p.id;
    Person[] byAge = people.clone();
    Arrays.sort(byAge, Comparator.comparingInt(age).thenComparingDouble(height));
    System.out.println(Arrays.toString(byAge));
    Arrays.sort(byAge, Comparator.comparingDouble(height).thenComparingLong(id));
    System.out.println(Arrays.toString(byAge));
    Arrays.sort(byAge, Comparator.comparingLong(id).reversed());
    System.out.println(Arrays.toString(byAge));
    Function<Person, String> name = p -> p.name;
    Arrays.sort(byAge, Comparator.comparingInt(age).reversed().thenComparing(name));
    System.out.println(Arrays.toString(byAge));
    Integer[] numbers = {5, -2, 9, 0, -7};
    Comparator<Integer> numeric = Comparator.naturalOrder();
    Arrays.sort(numbers, numeric);
    System.out.println(Arrays.toString(numbers));
    Comparator<Integer> descending = Comparator.reverseOrder();
    Arrays.sort(numbers, descending);
    System.out.println(Arrays.toString(numbers));
    System.out.println(natural.compare("a", "b") + " " + reverse.compare("a", "b") + " " + byLength.compare("aaa", "b"));
  }
}
