import java.util.*;
import java.util.stream.*;

public class HashMapOrders {
    static class Key implements Comparable<Key> {
        final int id;
        Key(int id) { this.id = id; }
        public int hashCode() { return id % 3; }
        public boolean equals(Object o) { return o instanceof Key && ((Key) o).id == id; }
        public int compareTo(Key o) { return Integer.compare(o.id, id); }
        public String toString() { return "K" + id; }
    }

    public static void main(String[] args) {
        // merge, computeIfAbsent and compute put a new key first in its chain; put puts it last.
        Map<Integer, Integer> merged = new HashMap<>(), computed = new HashMap<>(), put = new HashMap<>();
        for (int k : new int[]{0, 16, 32, 1, 17, 5, 21, 48, 64}) {
            merged.merge(k, 1, Integer::sum);
            computed.computeIfAbsent(k, x -> x / 16);
            put.put(k, k % 16);
        }
        System.out.println("merge   " + merged);
        System.out.println("compute " + computed);
        System.out.println("put     " + put);

        // Word counts, the common case: the table grows at the start of the merge after the thirteenth key.
        Map<String, Integer> counts = new HashMap<>();
        String text = "it was the best of times it was the worst of times it was the age of wisdom it was the age of foolishness it was the epoch of belief";
        for (String w : text.split(" ")) counts.merge(w, 1, Integer::sum);
        System.out.println(counts);
        Map<Character, List<String>> byLetter = new HashMap<>();
        for (String w : text.split(" ")) byLetter.computeIfAbsent(w.charAt(0), c -> new ArrayList<>()).add(w);
        System.out.println(byLetter.keySet());
        System.out.println(Arrays.stream(text.split(" ")).collect(Collectors.groupingBy(String::length, Collectors.counting())));
        System.out.println(Arrays.stream(text.split(" ")).collect(Collectors.groupingBy(w -> w.charAt(w.length() - 1))).keySet());

        // A copy sizes its table for the whole map first.
        Map<Integer, String> sorted = new TreeMap<>();
        for (int i = 0; i < 6; i++) { sorted.put(i, "a"); sorted.put(i + 16, "b"); }
        System.out.println(new HashMap<>(sorted).keySet());
        Map<Integer, String> filled = new HashMap<>();
        filled.putAll(sorted);
        System.out.println(filled.keySet() + " " + ((HashMap<Integer, String>) filled).clone());

        // Nine keys in one chain of a small table double it; in a table of 64 the chain becomes a tree, whose
        // root leads the chain.
        Map<Integer, Integer> sixtyFours = new HashMap<>();
        for (int i = 0; i < 12; i++) sixtyFours.put(i * 64, i);
        System.out.println(sixtyFours.keySet());
        for (int i = 0; i < 12; i += 3) sixtyFours.remove(i * 64);
        System.out.println(sixtyFours.keySet());
        for (int i = 12; i < 40; i++) sixtyFours.put(i * 64, i);
        System.out.println(sixtyFours.keySet());
        Set<Integer> squares = new HashSet<>();
        for (int i = 0; i < 300; i++) squares.add(i * i);
        System.out.println(squares.stream().limit(40).collect(Collectors.toList()));
        Iterator<Integer> it = squares.iterator();
        while (it.hasNext()) if (it.next() % 3 == 0) it.remove();
        System.out.println(squares.stream().limit(40).collect(Collectors.toList()) + " " + squares.size());

        // Keys with equal hashes are ordered by compareTo in a tree.
        Map<Key, String> same = new HashMap<>();
        for (int i = 0; i < 40; i++) same.put(new Key(i), "v" + i);
        System.out.println(same.keySet());
        for (int i = 0; i < 40; i += 4) same.remove(new Key(i));
        System.out.println(same.keySet() + " " + same.get(new Key(5)) + " " + same.containsKey(new Key(4)));
        Map<Key, String> linked = new LinkedHashMap<>();
        for (int i = 0; i < 20; i++) linked.put(new Key(i), "v" + i);
        linked.remove(new Key(3));
        System.out.println(linked.keySet());

        Set<Long> longs = new HashSet<>();
        for (long i = 0; i < 30; i++) longs.add(i << 32);
        System.out.println(longs);
        Map<String, Integer> collide = new HashMap<>();
        String[] parts = {"Aa", "BB"};
        for (int a = 0; a < 2; a++) for (int b = 0; b < 2; b++) for (int c = 0; c < 2; c++) for (int d = 0; d < 2; d++)
            collide.merge(parts[a] + parts[b] + parts[c] + parts[d], a + b + c + d, Integer::sum);
        System.out.println(collide);
    }
}
