// A tour of java.util: an LRU LinkedHashMap, TreeMap navigation, PriorityQueue with a composed comparator,
// Collections' algorithms, ListIterator edits, EnumMap/EnumSet, BitSet, deques, Map's compute family,
// Optional, Integer caching, and Arrays' utilities.
import java.util.*;
import java.util.function.*;

public class CollectionsTour {
    enum Color { RED, GREEN, BLUE, YELLOW }
    static class LruCache<K, V> extends LinkedHashMap<K, V> {
        final int capacity;
        LruCache(int capacity) { super(16, 0.75f, true); this.capacity = capacity; }
        @Override protected boolean removeEldestEntry(Map.Entry<K, V> eldest) { return size() > capacity; }
    }
    public static void main(String[] args) {
        LruCache<String, Integer> cache = new LruCache<>(3);
        cache.put("a", 1); cache.put("b", 2); cache.put("c", 3); cache.get("a"); cache.put("d", 4);
        System.out.println(cache + " " + cache.keySet() + " " + cache.values());
        TreeMap<Integer, String> tm = new TreeMap<>();
        for (int i = 0; i < 20; i += 3) tm.put(i, "v" + i);
        System.out.println(tm.floorKey(10) + " " + tm.ceilingEntry(10) + " " + tm.higherKey(12) + " " + tm.lowerEntry(0) + " " + tm.firstEntry() + " " + tm.lastKey());
        System.out.println(tm.headMap(9) + " " + tm.tailMap(9, false) + " " + tm.subMap(3, true, 12, true) + " " + tm.descendingMap());
        System.out.println(tm.pollFirstEntry() + " " + tm.pollLastEntry() + " " + tm);
        NavigableSet<Integer> ns = tm.navigableKeySet();
        System.out.println(ns.descendingSet() + " " + ns.headSet(9, true));
        PriorityQueue<String> pq = new PriorityQueue<>(Comparator.comparing(String::length).thenComparing(Comparator.reverseOrder()));
        pq.addAll(List.of("pear", "fig", "apple", "kiwi", "banana", "date"));
        StringBuilder sb = new StringBuilder();
        while (!pq.isEmpty()) sb.append(pq.poll()).append(' ');
        System.out.println(sb.toString().trim());
        List<Integer> nums = new ArrayList<>();
        for (int i = 1; i <= 10; i++) nums.add(i * i % 17);
        System.out.println(nums);
        Collections.rotate(nums, 3); System.out.println(nums);
        Collections.shuffle(nums, new Random(42)); System.out.println(nums);
        Collections.sort(nums); System.out.println(nums + " " + Collections.binarySearch(nums, 13) + " " + Collections.binarySearch(nums, 5));
        System.out.println(Collections.frequency(nums, 13) + " " + Collections.max(nums) + " " + Collections.min(nums, Comparator.reverseOrder()) + " " + Collections.nCopies(3, "x") + " " + Collections.disjoint(nums, List.of(3, 100)));
        Collections.swap(nums, 0, 9); Collections.reverse(nums); System.out.println(nums + " " + nums.indexOf(13) + " " + nums.lastIndexOf(13) + " " + nums.subList(2, 5));
        ListIterator<Integer> li = nums.listIterator();
        while (li.hasNext()) { int v = li.next(); if (v % 2 == 0) li.remove(); else li.set(v * 10); if (v == 9) li.add(-1); }
        System.out.println(nums);
        nums.removeIf(x -> x > 100); nums.replaceAll(x -> x + 1); System.out.println(nums);
        EnumMap<Color, Integer> em = new EnumMap<>(Color.class);
        em.put(Color.BLUE, 3); em.put(Color.RED, 1);
        System.out.println(em + " " + em.containsKey(Color.GREEN) + " " + EnumSet.complementOf(EnumSet.of(Color.RED)) + " " + EnumSet.range(Color.GREEN, Color.YELLOW) + " " + EnumSet.allOf(Color.class).size());
        System.out.println(Color.valueOf("GREEN").ordinal() + " " + Color.BLUE.compareTo(Color.RED) + " " + Arrays.toString(Color.values()) + " " + Color.RED.name() + " " + Color.YELLOW.getDeclaringClass().getSimpleName());
        BitSet bs = new BitSet();
        bs.set(1); bs.set(5, 9); bs.clear(6); bs.flip(0, 3);
        BitSet other = new BitSet(); other.set(2, 7);
        System.out.println(bs + " " + bs.cardinality() + " " + bs.nextSetBit(3) + " " + bs.nextClearBit(5) + " " + bs.length());
        bs.and(other); System.out.println(bs); bs.or(BitSet.valueOf(new long[]{0x101L})); System.out.println(bs + " " + Arrays.toString(bs.toLongArray()));
        Deque<Integer> dq = new ArrayDeque<>();
        dq.offerFirst(1); dq.offerLast(2); dq.push(0); dq.addLast(3);
        System.out.println(dq + " " + dq.peekFirst() + " " + dq.peekLast() + " " + dq.pollLast() + " " + dq);
        Iterator<Integer> desc = dq.descendingIterator(); while (desc.hasNext()) System.out.print(desc.next() + ",");
        System.out.println();
        LinkedList<String> ll = new LinkedList<>(List.of("x", "y", "z"));
        ll.addFirst("w"); ll.removeLastOccurrence("y"); ll.add(1, "q"); System.out.println(ll + " " + ll.getFirst() + " " + ll.peekLast() + " " + ll.indexOf("z"));
        Map<String, List<Integer>> groups = new TreeMap<>();
        for (int i = 0; i < 12; i++) groups.computeIfAbsent(i % 3 == 0 ? "three" : i % 2 == 0 ? "even" : "odd", k -> new ArrayList<>()).add(i);
        System.out.println(groups);
        Map<String, Integer> counts = new HashMap<>();
        for (String w : "the cat and the hat and the bat".split(" ")) counts.merge(w, 1, Integer::sum);
        System.out.println(new TreeMap<>(counts));
        counts.computeIfPresent("the", (k, v) -> v > 2 ? null : v); counts.compute("dog", (k, v) -> v == null ? 1 : v + 1);
        counts.putIfAbsent("cat", 99); counts.replace("hat", 7); System.out.println(new TreeMap<>(counts) + " " + counts.getOrDefault("emu", -1));
        Optional<String> longest = counts.keySet().stream().max(Comparator.comparing(String::length).thenComparing(Function.identity()));
        System.out.println(longest.orElse("none") + " " + Optional.empty().isPresent() + " " + Optional.of(3).map(x -> x * 2).filter(x -> x > 5).get() + " " + Optional.ofNullable(null).or(() -> Optional.of("alt")).get());
        Integer a = 127, b = 127, c = 128, d = 128;
        System.out.println((a == b) + " " + (c == d) + " " + c.equals(d) + " " + (Long.valueOf(5) == Long.valueOf(5)));
        int[][] grid = new int[3][4];
        for (int i = 0; i < 3; i++) for (int j = 0; j < 4; j++) grid[i][j] = i * j;
        System.out.println(Arrays.deepToString(grid) + " " + Arrays.stream(grid[2]).sum() + " " + Arrays.equals(grid[0], new int[4]) + " " + Arrays.hashCode(grid[1]) + " " + Arrays.deepHashCode(grid));
        Integer[] boxed = {5, 3, 9, 1};
        Arrays.sort(boxed, Collections.reverseOrder()); System.out.println(Arrays.toString(boxed) + " " + Arrays.asList(boxed).hashCode() + " " + List.of(1, 2).equals(Arrays.asList(1, 2)) + " " + new HashSet<>(List.of(1, 2)).equals(Set.of(2, 1)));
        int[] filled = new int[6]; Arrays.fill(filled, 1, 4, 7); System.out.println(Arrays.toString(filled) + " " + Arrays.toString(Arrays.copyOfRange(filled, 2, 8)) + " " + Arrays.mismatch(filled, new int[]{0, 7}) + " " + Arrays.compare(new int[]{1, 2}, new int[]{1, 3}));
        char[] cs = "hello".toCharArray(); Arrays.sort(cs); System.out.println(new String(cs) + " " + String.valueOf(cs, 1, 3) + " " + Arrays.binarySearch(cs, 'l'));
    }
}
