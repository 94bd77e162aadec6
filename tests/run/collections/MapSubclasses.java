// MapSubclasses: LinkedHashMap in access order with removeEldestEntry, a subclassed HashMap and AbstractList views
import java.util.*;

public class MapSubclasses {
    static class Cache<K, V> extends LinkedHashMap<K, V> {
        private final int capacity;
        Cache(int capacity) { super(16, 0.75f, true); this.capacity = capacity; }
        @Override protected boolean removeEldestEntry(Map.Entry<K, V> eldest) { return size() > capacity; }
    }
    static class Range extends AbstractList<Integer> {
        final int from, to; Range(int from, int to) { this.from = from; this.to = to; }
        public Integer get(int i) { if (i < 0 || i >= size()) throw new IndexOutOfBoundsException("Index: " + i); return from + i; }
        public int size() { return to - from; }
    }
    static class CountingMap extends HashMap<String, Integer> {
        int puts;
        @Override public Integer put(String k, Integer v) { puts++; return super.put(k, v); }
    }
    public static void main(String[] args) {
        Cache<String, Integer> c = new Cache<>(3);
        c.put("a", 1); c.put("b", 2); c.put("c", 3); c.get("a"); c.put("d", 4); c.getOrDefault("b", -1); c.put("e", 5);
        System.out.println(c + " " + c.keySet() + " " + c.containsKey("b"));
        LinkedHashMap<Integer, String> access = new LinkedHashMap<>(8, 0.75f, true);
        for (int i = 0; i < 5; i++) access.put(i, "v" + i);
        access.get(1); access.get(3); access.putIfAbsent(0, "zero"); access.put(2, "two");
        System.out.println(access);
        Range r = new Range(3, 9);
        System.out.println(r + " " + r.size() + " " + r.contains(5) + " " + r.indexOf(8) + " " + r.subList(1, 3) + " " + new ArrayList<>(r).equals(r) + " " + r.hashCode());
        Iterator<Integer> it = r.iterator(); int s = 0; while (it.hasNext()) s += it.next(); System.out.println(s);
        try { r.add(1); } catch (UnsupportedOperationException e) { System.out.println("UOE"); }
        try { r.get(10); } catch (IndexOutOfBoundsException e) { System.out.println(e.getMessage()); }
        CountingMap cm = new CountingMap(); cm.put("x", 1); cm.merge("x", 5, (Integer a, Integer b) -> a + b); cm.putAll(Map.of("y", 2)); cm.putIfAbsent("z", 3);
        System.out.println(new TreeMap<>(cm) + " puts=" + cm.puts);
        List<Integer> sorted = new ArrayList<>(r); sorted.sort(Collections.reverseOrder()); System.out.println(sorted + " " + Collections.max(r) + " " + r.stream().mapToInt(Integer::intValue).sum());
        ListIterator<Integer> li = r.listIterator(r.size()); StringBuilder sb = new StringBuilder(); while (li.hasPrevious()) sb.append(li.previous()); System.out.println(sb);
    }
}
