import java.util.*;

// The unmodifiable collections: List.of, Set.of, Map.of and their copyOf, Map.entry and Map.ofEntries,
// the Collections views and singletons; Optional and StringJoiner; String.regionMatches.
public class UnmodifiableCollections {
    static void attempt(String what, Runnable action) {
        try {
            action.run();
            System.out.println(what + ": allowed");
        } catch (UnsupportedOperationException e) {
            System.out.println(what + ": unsupported");
        } catch (NullPointerException e) {
            System.out.println(what + ": null pointer");
        } catch (IllegalArgumentException e) {
            System.out.println(what + ": " + e.getMessage());
        }
    }

    public static void main(String[] args) {
        List<Integer> three = List.of(3, 1, 2);
        System.out.println(three + " " + three.size() + " " + three.get(1) + " " + three.contains(2) + " " + three.indexOf(2));
        System.out.println(List.of() + " " + List.of("a") + " " + List.of("a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k"));
        attempt("List.of add", () -> three.add(4));
        attempt("List.of set", () -> three.set(0, 9));
        attempt("List.of remove", () -> three.remove(0));
        attempt("List.of clear", () -> three.clear());
        attempt("List.of sort", () -> three.sort(null));
        attempt("List.of null", () -> List.of("a", null));
        attempt("iterator remove", () -> {
            Iterator<Integer> it = three.iterator();
            it.next();
            it.remove();
        });
        System.out.println(three.equals(Arrays.asList(3, 1, 2)) + " " + three.hashCode() + " " + new ArrayList<>(three).equals(three));

        List<String> names = new ArrayList<>(List.of("ada", "grace"));
        List<String> view = Collections.unmodifiableList(names);
        names.add("barbara");
        System.out.println(view + " " + view.size() + " " + view.get(2));
        attempt("view add", () -> view.add("x"));
        attempt("view remove", () -> view.remove("ada"));
        attempt("view iterator remove", () -> {
            Iterator<String> it = view.iterator();
            it.next();
            it.remove();
        });
        List<String> copy = List.copyOf(names);
        names.add("edsger");
        System.out.println(copy + " " + names + " " + copy.equals(names.subList(0, 3)));

        Set<String> letters = Set.of("x", "y", "z");
        System.out.println(letters.size() + " " + letters.contains("y") + " " + letters.contains("w"));
        attempt("Set.of add", () -> letters.add("w"));
        attempt("Set.of duplicate", () -> Set.of("a", "b", "a"));
        Set<Integer> numbers = new TreeSet<>(List.of(5, 3, 9));
        Set<Integer> frozen = Collections.unmodifiableSet(numbers);
        numbers.add(1);
        System.out.println(frozen + " " + frozen.equals(Set.of(1, 3, 5, 9)) + " " + Set.copyOf(List.of(2, 2, 2)).size());

        Map<String, Integer> ages = Map.of("ada", 36, "alan", 41);
        System.out.println(ages.get("ada") + " " + ages.get("alan") + " " + ages.size() + " " + ages.containsKey("grace") + " " + ages.getOrDefault("x", -1));
        attempt("Map.of put", () -> ages.put("grace", 85));
        attempt("Map.of merge", () -> ages.merge("ada", 1, (a, b) -> a + b));
        attempt("Map.of duplicate key", () -> Map.of("k", 1, "k", 2));
        attempt("Map.of null value", () -> Map.of("k", null));
        Map.Entry<String, Integer> entry = Map.entry("pi", 3);
        System.out.println(entry + " " + entry.getKey() + " " + entry.getValue());
        attempt("entry setValue", () -> entry.setValue(4));
        Map<String, Integer> fromEntries = Map.ofEntries(Map.entry("one", 1), Map.entry("two", 2));
        System.out.println(new TreeMap<>(fromEntries));
        Map<String, Integer> scores = new TreeMap<>();
        scores.put("b", 2);
        Map<String, Integer> readOnly = Collections.unmodifiableMap(scores);
        scores.put("a", 1);
        System.out.println(readOnly + " " + readOnly.keySet() + " " + readOnly.values() + " " + readOnly.equals(Map.of("a", 1, "b", 2)));
        attempt("unmodifiable map put", () -> readOnly.put("c", 3));
        attempt("unmodifiable map computeIfAbsent", () -> readOnly.computeIfAbsent("a", k -> 5));
        attempt("keySet remove", () -> readOnly.keySet().remove("a"));
        System.out.println(Map.copyOf(scores).size() + " " + Collections.emptyList() + " " + Collections.emptyMap() + " " + Collections.singletonList(7) + " " + Collections.singleton("s") + " " + Collections.singletonMap("k", "v"));
        attempt("emptyList add", () -> Collections.emptyList().add(1));
        attempt("nCopies set", () -> Collections.nCopies(3, "z").set(0, "y"));

        Optional<String> present = Optional.of("kiln");
        Optional<String> absent = Optional.empty();
        System.out.println(present + " " + absent + " " + present.isPresent() + " " + absent.isEmpty() + " " + present.get());
        System.out.println(present.map(s -> s.length()) + " " + absent.map(s -> s.length()) + " " + present.filter(s -> s.startsWith("x")));
        System.out.println(absent.orElse("none") + " " + absent.orElseGet(() -> "computed") + " " + Optional.ofNullable(null).isPresent());
        present.ifPresent(s -> System.out.println("present " + s));
        absent.ifPresentOrElse(s -> System.out.println("never"), () -> System.out.println("absent"));
        System.out.println(present.equals(Optional.of("kiln")) + " " + present.hashCode() + " " + absent.hashCode());
        try {
            absent.get();
        } catch (NoSuchElementException e) {
            System.out.println("get: " + e.getMessage());
        }
        try {
            absent.orElseThrow(() -> new IllegalStateException("nothing here"));
        } catch (IllegalStateException e) {
            System.out.println("orElseThrow: " + e.getMessage());
        }

        StringJoiner joiner = new StringJoiner(", ", "{", "}");
        System.out.println(joiner + " " + joiner.length());
        joiner.setEmptyValue("EMPTY");
        System.out.println(joiner);
        joiner.add("a").add("b");
        StringJoiner more = new StringJoiner("-");
        more.add("c").add("d");
        joiner.merge(more);
        System.out.println(joiner + " " + joiner.length());

        String text = "Hello, World";
        System.out.println(text.regionMatches(7, "World", 0, 5) + " " + text.regionMatches(7, "world", 0, 5) + " " + text.regionMatches(true, 7, "WORLD", 0, 5) + " " + text.regionMatches(10, "ld!", 0, 3) + " " + text.regionMatches(-1, "H", 0, 1) + " " + text.regionMatches(0, "x", 0, 0));
    }
}
