import java.util.*;
import java.util.concurrent.atomic.*;
import java.util.stream.*;

public class NavigableMapsAndAtomics {
  public static void main(String[] args) {
    NavigableMap<Integer, String> map = new TreeMap<>();
    for (int i = 10; i <= 50; i += 10) map.put(i, "v" + i);
    SortedMap<Integer, String> head = map.headMap(30);
    NavigableMap<Integer, String> headIncl = map.headMap(30, true);
    System.out.println(head + " " + headIncl + " " + map.tailMap(30) + " " + map.tailMap(30, false) + " " + map.subMap(15, 45) + " " + map.subMap(10, false, 50, true));
    System.out.println(map.descendingMap() + " " + map.navigableKeySet() + " " + map.descendingKeySet() + " " + map.firstEntry() + " " + map.lastKey() + " " + map.floorKey(35) + " " + map.ceilingEntry(35) + " " + map.higherKey(50));
    SortedMap<String, Integer> sorted = new TreeMap<>(Comparator.reverseOrder());
    sorted.put("a", 1); sorted.put("c", 3); sorted.put("b", 2);
    TreeMap<String, Integer> copy = new TreeMap<>(sorted);
    System.out.println(sorted + " " + copy + " " + copy.firstKey() + " " + sorted.comparator().compare("a", "b"));
    NavigableSet<String> set = new TreeSet<>(List.of("pear", "apple", "fig", "kiwi", "date"));
    System.out.println(set.headSet("fig") + " " + set.headSet("fig", true) + " " + set.tailSet("fig") + " " + set.subSet("b", "k") + " " + set.subSet("date", false, "pear", true) + " " + set.descendingSet());
    Iterator<String> down = set.descendingIterator();
    StringBuilder sb = new StringBuilder();
    while (down.hasNext()) sb.append(down.next()).append(',');
    System.out.println(sb + " " + set.first() + " " + set.floor("g") + " " + set.higher("kiwi") + " " + set.pollFirst() + " " + set);
    SortedSet<Integer> desc = new TreeSet<>(Comparator.reverseOrder());
    desc.addAll(List.of(3, 1, 2));
    TreeSet<Integer> descCopy = new TreeSet<>(desc);
    System.out.println(desc + " " + descCopy + " " + desc.first() + " " + desc.headSet(2));
    try { map.subMap(40, 20); } catch (IllegalArgumentException e) { System.out.println(e.getMessage()); }

    AtomicInteger counter = new AtomicInteger();
    IntStream.range(0, 10).forEach(i -> counter.addAndGet(i));
    AtomicLong big = new AtomicLong(5);
    big.accumulateAndGet(7, (a, b) -> a * b);
    AtomicBoolean flag = new AtomicBoolean();
    AtomicReference<String> ref = new AtomicReference<>("x");
    ref.updateAndGet(s -> s + "y");
    System.out.println(counter + " " + counter.incrementAndGet() + " " + counter.getAndIncrement() + " " + counter.get() + " " + big + " " + flag.compareAndSet(false, true) + " " + flag + " " + ref.get() + " " + ref.compareAndSet("nope", "z") + " " + ref);
    System.out.println(counter.updateAndGet(x -> x * 2) + " " + counter.getAndUpdate(x -> x - 1) + " " + counter.intValue() + " " + big.getAndAdd(-35) + " " + big.decrementAndGet());
    StringBuffer buffer = new StringBuffer("ab");
    buffer.append(1).append('c').append(2.5).insert(0, "<").reverse();
    System.out.println(buffer + " " + buffer.length() + " " + buffer.charAt(0) + " " + buffer.indexOf("c"));
  }
}
