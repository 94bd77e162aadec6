// Sorted and navigable collections, deques, priority queues, list iterators, bit sets
import java.util.*;
import java.util.function.*;

public class NavigableAndDeques {
    enum Phase { NEW, RUNNABLE, BLOCKED, WAITING }
    public static void main(String[] args) {
        TreeMap<Integer, String> tm = new TreeMap<>();
        for (int i = 0; i < 20; i += 3) tm.put(i, "v" + i);
        System.out.println(tm + " " + tm.firstKey() + " " + tm.lastEntry() + " " + tm.floorKey(10) + " " + tm.ceilingEntry(10) + " " + tm.higherKey(12) + " " + tm.lowerEntry(0));
        System.out.println(tm.headMap(9) + " " + tm.headMap(9, true) + " " + tm.tailMap(15) + " " + tm.subMap(3, 12) + " " + tm.descendingMap() + " " + tm.descendingKeySet());
        System.out.println(tm.pollFirstEntry() + " " + tm.pollLastEntry() + " " + tm + " " + tm.navigableKeySet().headSet(9));
        NavigableMap<Integer, String> sub = tm.subMap(3, true, 12, true);
        sub.put(7, "seven");
        sub.remove(3);
        System.out.println(tm + " " + sub.firstEntry());
        try {
            sub.put(100, "x");
        } catch (IllegalArgumentException e) {
            System.out.println("IAE " + e.getMessage());
        }
        TreeSet<String> ts = new TreeSet<>(Comparator.comparing(String::length).thenComparing(Comparator.reverseOrder()));
        ts.addAll(List.of("pear", "fig", "apple", "kiwi", "banana", "date"));
        System.out.println(ts + " " + ts.first() + " " + ts.ceiling("zzzz") + " " + ts.headSet("kiwi") + " " + ts.descendingSet());
        ArrayDeque<Integer> dq = new ArrayDeque<>();
        for (int i = 0; i < 5; i++) {
            dq.offerFirst(i);
            dq.offerLast(i * 10);
        }
        System.out.println(dq + " " + dq.peekFirst() + " " + dq.pollLast() + " " + dq.pop() + " " + dq);
        Iterator<Integer> di = dq.descendingIterator();
        StringBuilder sb = new StringBuilder();
        while (di.hasNext()) sb.append(di.next()).append(',');
        System.out.println(sb);
        PriorityQueue<int[]> pq = new PriorityQueue<>((int[] x, int[] y) -> x[1] != y[1] ? Integer.compare(x[1], y[1]) : Integer.compare(y[0], x[0]));
        int[][] items = {{1, 5}, {2, 3}, {3, 5}, {4, 1}, {5, 3}, {6, 0}};
        for (int[] it : items) pq.add(it);
        while (!pq.isEmpty()) {
            int[] t = pq.poll();
            System.out.print(t[0] + ":" + t[1] + " ");
        }
        System.out.println();
        PriorityQueue<Integer> maxq = new PriorityQueue<>(Collections.reverseOrder());
        maxq.addAll(List.of(4, 9, 1, 7));
        System.out.println(maxq.peek() + " " + maxq.size() + " " + maxq.contains(7) + " " + maxq.remove(7) + " " + maxq.poll());
        List<String> ll = new LinkedList<>(List.of("a", "b", "c", "d"));
        ListIterator<String> li = ll.listIterator();
        while (li.hasNext()) {
            String s = li.next();
            if (s.equals("b")) li.remove();
            else if (s.equals("c")) li.add("c2");
            else li.set(s.toUpperCase());
        }
        System.out.println(ll + " " + li.previousIndex() + " " + li.hasPrevious() + " " + li.previous());
        List<Integer> al = new ArrayList<>();
        for (int i = 0; i < 10; i++) al.add(i);
        al.removeIf(x -> x % 3 == 0);
        al.replaceAll(x -> x * x);
        System.out.println(al + " " + al.subList(2, 4) + " " + al.indexOf(16) + " " + al.lastIndexOf(99));
        al.subList(1, 3).clear();
        System.out.println(al);
        Collections.rotate(al, 2);
        System.out.println(al + " " + Collections.max(al) + " " + Collections.min(al, Comparator.reverseOrder()) + " " + Collections.frequency(List.of(1, 2, 1, 1), 1));
        Collections.shuffle(al, new Random(42));
        System.out.println(al);
        Collections.swap(al, 0, al.size() - 1);
        Collections.reverse(al);
        System.out.println(al + " " + Collections.nCopies(3, "ab") + " " + Collections.binarySearch(List.of(1, 3, 5, 7), 4));
        List<Integer> un = Collections.unmodifiableList(al);
        try {
            un.add(1);
        } catch (UnsupportedOperationException e) {
            System.out.println("UOE " + e.getMessage());
        }
        try {
            List.of(1, 2).set(0, 5);
        } catch (UnsupportedOperationException e) {
            System.out.println("UOE2 " + e.getMessage());
        }
        BitSet bs = new BitSet();
        bs.set(1);
        bs.set(5, 9);
        bs.set(64);
        BitSet other = new BitSet();
        other.set(6, 70);
        System.out.println(bs + " " + bs.cardinality() + " " + bs.nextSetBit(2) + " " + bs.nextClearBit(5) + " " + bs.length() + " " + bs.previousSetBit(63));
        bs.and(other);
        System.out.println(bs + " " + bs.get(7) + " " + bs.isEmpty());
        bs.flip(0, 4);
        bs.xor(other);
        System.out.println(bs.cardinality() + " " + bs.stream().limit(5).sum());
        EnumMap<Phase, Integer> em = new EnumMap<>(Phase.class);
        em.put(Phase.WAITING, 2);
        em.put(Phase.NEW, 1);
        System.out.println(em + " " + em.containsKey(Phase.BLOCKED));
        Map<String, Integer> counts = new TreeMap<>();
        for (String w : "the cat and the hat and the bat".split(" ")) counts.merge(w, 1, Integer::sum);
        counts.computeIfPresent("cat", (k, v) -> null);
        counts.computeIfAbsent("zebra", k -> k.length());
        counts.compute("the", (k, v) -> v == null ? 0 : v * 100);
        System.out.println(counts + " " + counts.getOrDefault("dog", -1) + " " + counts.putIfAbsent("and", 9) + " " + counts.replace("bat", 7));
        LinkedHashMap<String, Integer> lhm = new LinkedHashMap<>(counts);
        lhm.entrySet().removeIf(e -> e.getValue() > 50);
        lhm.forEach((k, v) -> System.out.print(k + "=" + v + ";"));
        System.out.println();
        BiFunction<Integer, Integer, Integer> add = Integer::sum;
        Function<Integer, Integer> twice = add.andThen(x -> x * 2).apply(1, 2) > 5 ? x -> x : x -> x * 2;
        System.out.println(twice.apply(21) + " " + Function.<Integer>identity().compose((Integer x) -> x + 1).apply(1));
    }
}
