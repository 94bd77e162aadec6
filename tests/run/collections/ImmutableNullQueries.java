// The immutable collections of List.of, Set.of and Map.of refuse to look for null; Collections.empty* answer
import java.util.*;

public class ImmutableNullQueries {
    static void tryIt(String label, java.util.function.Supplier<Object> action) {
        try {
            System.out.println(label + " " + action.get());
        } catch (RuntimeException e) {
            System.out.println(label + " " + e);
        }
    }

    public static void main(String[] args) {
        List<String> list = List.of("a", "b");
        Set<String> set = Set.of("x");
        Map<String, Integer> map = Map.of("k", 1);
        tryIt("list.contains", () -> list.contains(null));
        tryIt("list.indexOf", () -> list.indexOf(null));
        tryIt("list.lastIndexOf", () -> list.lastIndexOf(null));
        tryIt("list.containsAll", () -> list.containsAll(Arrays.asList("a", null)));
        tryIt("empty list.contains", () -> List.of().contains(null));
        tryIt("copyOf.contains", () -> List.copyOf(new ArrayList<>(list)).contains(null));
        tryIt("set.contains", () -> set.contains(null));
        tryIt("map.get", () -> map.get(null));
        tryIt("map.containsKey", () -> map.containsKey(null));
        tryIt("map.containsValue", () -> map.containsValue(null));
        tryIt("map.getOrDefault", () -> map.getOrDefault(null, 5));
        tryIt("emptyList.contains", () -> Collections.emptyList().contains(null));
        tryIt("emptyList.indexOf", () -> Collections.emptyList().indexOf(null));
        tryIt("emptySet.contains", () -> Collections.emptySet().contains(null));
        tryIt("emptyMap.get", () -> Collections.emptyMap().get(null));
        tryIt("emptyMap.containsKey", () -> Collections.emptyMap().containsKey(null));
        tryIt("emptyMap.getOrDefault", () -> Collections.<String, Integer>emptyMap().getOrDefault(null, 3));
        tryIt("list.contains ok", () -> list.contains("b") + " " + list.indexOf("b") + " " + set.contains("x") + " " + map.get("k") + " " + map.containsValue(1));
        tryIt("asList.contains", () -> Arrays.asList("a", null).contains(null));
        tryIt("unmodifiable.contains", () -> Collections.unmodifiableList(new ArrayList<>(list)).contains(null));
        tryIt("compare", () -> CharSequence.compare("abc", new StringBuilder("abd")) + " " + CharSequence.compare(new StringBuilder("ab"), "a") + " " + CharSequence.compare("", ""));
    }
}
