// TreeMap.headMap/tailMap/subMap and TreeSet.headSet/tailSet/subSet are views: they read and write through,
// follow later changes of the map, refuse keys outside their range, and nest.
import java.util.*;

public class SortedViews {
    public static void main(String[] args) {
        TreeMap<Integer, String> map = new TreeMap<>();
        for (int i = 0; i < 20; i += 2) map.put(i, "v" + i);
        SortedMap<Integer, String> head = map.headMap(8);
        NavigableMap<Integer, String> tail = map.tailMap(12, false);
        NavigableMap<Integer, String> middle = map.subMap(4, true, 14, true);
        System.out.println(head + " " + tail + " " + middle);
        map.put(5, "five");
        map.put(15, "fifteen");
        map.remove(2);
        System.out.println(head + " " + head.size() + " " + tail + " " + middle.size() + " " + middle.firstKey() + " " + middle.lastEntry());
        head.put(1, "one");
        middle.remove(6);
        tail.pollFirstEntry();
        System.out.println(map);
        try {
            head.put(8, "eight");
        } catch (IllegalArgumentException e) {
            System.out.println("head.put(8): " + e.getMessage());
        }
        try {
            middle.headMap(16);
        } catch (IllegalArgumentException e) {
            System.out.println("middle.headMap(16): " + e.getMessage());
        }
        NavigableMap<Integer, String> inner = middle.subMap(5, true, 12, false);
        System.out.println(inner + " " + inner.floorKey(11) + " " + inner.ceilingKey(0) + " " + inner.higherKey(12) + " " + inner.lowerEntry(5) + " " + inner.containsKey(14) + " " + inner.get(4));
        inner.clear();
        System.out.println(map + " " + middle + " " + inner.isEmpty());
        Iterator<Map.Entry<Integer, String>> it = middle.entrySet().iterator();
        while (it.hasNext()) {
            Map.Entry<Integer, String> e = it.next();
            if (e.getKey() == 14) it.remove();
            else e.setValue(e.getValue().toUpperCase());
        }
        System.out.println(map + " " + middle.descendingMap() + " " + head.keySet() + " " + tail.values());
        TreeSet<String> words = new TreeSet<>(List.of("apple", "banana", "cherry", "date", "elder", "fig", "grape"));
        SortedSet<String> early = words.headSet("cherry");
        NavigableSet<String> late = words.tailSet("elder", true);
        NavigableSet<String> mid = words.subSet("b", true, "f", false);
        words.add("avocado");
        words.add("eggplant");
        words.remove("banana");
        System.out.println(early + " " + late + " " + mid + " " + mid.size() + " " + mid.first() + " " + mid.last() + " " + mid.ceiling("cz") + " " + mid.floor("a"));
        mid.add("coconut");
        late.pollFirst();
        early.clear();
        System.out.println(words + " " + mid);
        try {
            mid.add("zebra");
        } catch (IllegalArgumentException e) {
            System.out.println("mid.add(zebra): " + e.getMessage());
        }
        mid.removeIf(w -> w.startsWith("c"));
        System.out.println(words + " " + mid.descendingSet() + " " + words.headSet("fig", true).tailSet("date"));
        TreeMap<String, Integer> byName = new TreeMap<>(Comparator.reverseOrder());
        for (String w : List.of("kiwi", "lime", "mango", "nectarine", "orange")) byName.put(w, w.length());
        SortedMap<String, Integer> upTo = byName.headMap("mango");
        byName.put("papaya", 6);
        System.out.println(upTo + " " + byName.tailMap("lime") + " " + byName.subMap("orange", "kiwi"));
        int total = 0;
        for (int v : map.subMap(0, 10).keySet()) total += v;
        System.out.println(total + " " + map.headMap(100).equals(map) + " " + map.tailMap(100).isEmpty() + " " + map.subMap(3, 3).size());
    }
}
