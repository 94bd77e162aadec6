// Collections in depth: fail-fast iterators, ListIterator edits, subList views, an LRU cache from LinkedHashMap, navigable maps and sets, deques, priority queues with comparators.
import java.util.*;

public class CollectionsDeep {
    static class LruCache<K, V> extends LinkedHashMap<K, V> {
        private final int capacity;
        LruCache(int capacity) { super(16, 0.75f, true); this.capacity = capacity; }
        @Override protected boolean removeEldestEntry(Map.Entry<K, V> eldest) { return size() > capacity; }
    }
    static class Task implements Comparable<Task> {
        final String name; final int priority;
        Task(String name, int priority) { this.name = name; this.priority = priority; }
        public int compareTo(Task o) { return Integer.compare(priority, o.priority); }
        public String toString() { return name + ":" + priority; }
    }

    public static void main(String[] args) {
        List<Integer> list = new ArrayList<>(List.of(1, 2, 3, 4, 5, 6));
        try { for (Integer i : list) if (i == 3) list.remove(i); } catch (ConcurrentModificationException e) { System.out.println("CME " + e.getMessage() + " " + list); }
        Iterator<Integer> it = list.iterator();
        while (it.hasNext()) if (it.next() % 2 == 0) it.remove();
        System.out.println(list);
        try { it.remove(); } catch (IllegalStateException e) { System.out.println("ISE " + e.getMessage()); }
        list.removeIf(i -> i > 4);
        System.out.println(list);
        ListIterator<String> li = new ArrayList<>(List.of("a", "b", "c")).listIterator();
        List<String> trail = new ArrayList<>();
        while (li.hasNext()) { int idx = li.nextIndex(); String s = li.next(); if (s.equals("b")) { li.set("B"); li.add("b2"); } trail.add(idx + s); }
        while (li.hasPrevious()) trail.add(li.previous());
        System.out.println(trail);
        List<Integer> big = new ArrayList<>(); for (int i = 0; i < 10; i++) big.add(i);
        List<Integer> view = big.subList(2, 6);
        view.set(0, 20); view.remove(Integer.valueOf(3)); view.add(99);
        System.out.println(view + " " + big + " " + view.size() + " " + view.indexOf(99));
        view.clear();
        System.out.println(big);
        big.add(100);
        try { view.size(); } catch (ConcurrentModificationException e) { System.out.println("CME on stale subList"); }
        LruCache<String, Integer> cache = new LruCache<>(3);
        cache.put("a", 1); cache.put("b", 2); cache.put("c", 3); cache.get("a"); cache.put("d", 4); cache.getOrDefault("c", 0); cache.put("e", 5);
        System.out.println(cache + " " + cache.keySet() + " " + cache.containsKey("b"));
        TreeMap<Integer, String> tm = new TreeMap<>();
        for (int k : new int[]{50, 20, 80, 10, 30, 70, 90}) tm.put(k, "v" + k);
        System.out.println(tm.floorKey(25) + " " + tm.ceilingKey(25) + " " + tm.lowerKey(20) + " " + tm.higherKey(90) + " " + tm.firstEntry() + " " + tm.lastEntry().getValue());
        System.out.println(tm.headMap(30) + " " + tm.headMap(30, true) + " " + tm.tailMap(70, false) + " " + tm.subMap(20, 80) + " " + tm.descendingMap().firstKey() + " " + tm.descendingKeySet());
        System.out.println(tm.pollFirstEntry() + " " + tm.pollLastEntry() + " " + tm + " " + tm.navigableKeySet().ceiling(45));
        SortedMap<Integer, String> head = tm.headMap(50);
        head.remove(20); tm.put(15, "v15");
        System.out.println(head + " " + tm);
        TreeSet<String> ts = new TreeSet<>(Comparator.comparing(String::length).thenComparing(Comparator.reverseOrder()));
        ts.addAll(List.of("bb", "a", "ccc", "aa", "c", "dddd"));
        System.out.println(ts + " " + ts.first() + " " + ts.headSet("bb") + " " + ts.tailSet("bb", false) + " " + ts.descendingSet() + " " + ts.pollFirst() + " " + ts.higher("aa"));
        Deque<Integer> dq = new ArrayDeque<>();
        dq.offerFirst(1); dq.offerLast(2); dq.push(0); dq.addLast(3);
        System.out.println(dq + " " + dq.peekFirst() + " " + dq.peekLast() + " " + dq.pop() + " " + dq.pollLast() + " " + dq);
        Iterator<Integer> desc = dq.descendingIterator(); StringBuilder sb = new StringBuilder(); while (desc.hasNext()) sb.append(desc.next());
        System.out.println(sb + " " + new ArrayDeque<>().pollFirst() + " " + new LinkedList<>().peek());
        try { new ArrayDeque<Integer>().removeFirst(); } catch (NoSuchElementException e) { System.out.println("NSEE " + e.getMessage()); }
        try { new ArrayDeque<Integer>().addFirst(null); } catch (NullPointerException e) { System.out.println("NPE deque null"); }
        PriorityQueue<Task> pq = new PriorityQueue<>(Comparator.reverseOrder());
        pq.add(new Task("low", 1)); pq.add(new Task("high", 9)); pq.add(new Task("mid", 5)); pq.add(new Task("high2", 9));
        StringBuilder order = new StringBuilder(); while (!pq.isEmpty()) order.append(pq.poll().name).append(' ');
        System.out.println(order);
        PriorityQueue<int[]> byDistance = new PriorityQueue<>((int[] p, int[] q) -> (p[0] * p[0] + p[1] * p[1]) - (q[0] * q[0] + q[1] * q[1]));
        byDistance.addAll(List.of(new int[]{3, 4}, new int[]{1, 1}, new int[]{0, 2}, new int[]{5, 0}));
        System.out.println(Arrays.toString(byDistance.poll()) + Arrays.toString(byDistance.poll()) + " " + byDistance.size());
        Map<String, List<Integer>> multi = new TreeMap<>();
        String[] words = "the quick brown fox jumps over the lazy dog the end".split(" ");
        for (int i = 0; i < words.length; i++) multi.computeIfAbsent(words[i], k -> new ArrayList<>()).add(i);
        multi.computeIfPresent("end", (k, v) -> null); multi.compute("fox", (k, v) -> v == null ? List.of(-1) : List.of(v.get(0) * 100));
        multi.putIfAbsent("new", List.of()); multi.replaceAll((k, v) -> v.size() > 1 ? v.subList(0, 1) : v);
        System.out.println(multi);
        Map<Character, Integer> freq = new HashMap<>();
        for (char c : "mississippi".toCharArray()) freq.merge(c, 1, Integer::sum);
        System.out.println(new TreeMap<>(freq) + " " + freq.entrySet().stream().max(Map.Entry.comparingByValue()).get().getKey());
        List<Integer> nums = new ArrayList<>(List.of(5, 3, 8, 1, 9, 2));
        Collections.sort(nums, Collections.reverseOrder()); System.out.print(nums + " ");
        Collections.swap(nums, 0, 5); Collections.reverse(nums); System.out.print(nums + " ");
        Collections.rotate(nums, 2); System.out.print(nums + " ");
        System.out.println(Collections.frequency(nums, 8) + " " + Collections.nCopies(3, "x") + " " + Collections.max(nums) + Collections.min(nums, Comparator.reverseOrder()) + " " + Collections.binarySearch(List.of(1, 3, 5, 7), 5) + " " + Collections.binarySearch(List.of(1, 3, 5, 7), 4));
        List<Integer> unmod = Collections.unmodifiableList(nums);
        try { unmod.set(0, 1); } catch (UnsupportedOperationException e) { System.out.println("UOE unmodifiable " + e.getMessage()); }
        List<String> fixed = Arrays.asList("x", "y");
        fixed.set(0, "z");
        try { fixed.add("w"); } catch (UnsupportedOperationException e) { System.out.println("UOE asList " + fixed); }
        Set<Integer> a = new TreeSet<>(List.of(1, 2, 3, 4)), b = new TreeSet<>(List.of(3, 4, 5));
        Set<Integer> union = new TreeSet<>(a); union.addAll(b); Set<Integer> inter = new TreeSet<>(a); inter.retainAll(b); Set<Integer> diff = new TreeSet<>(a); diff.removeAll(b);
        System.out.println(union + " " + inter + " " + diff + " " + a.containsAll(inter) + " " + Collections.disjoint(diff, b));
    }
}
