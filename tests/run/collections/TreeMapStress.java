// TreeMap and TreeSet under many random insertions, removals (by key, by iterator, by poll) and navigation
// queries, with a checksum of their contents after each round: the red-black tree against the JDK's.
import java.util.*;

public class TreeMapStress {
    public static void main(String[] args) {
        Random random = new Random(12345);
        TreeMap<Integer, Integer> map = new TreeMap<>();
        long checksum = 0;
        for (int round = 0; round < 40; round++) {
            for (int i = 0; i < 500; i++) {
                int key = random.nextInt(2000) - 1000;
                switch (random.nextInt(4)) {
                    case 0:
                    case 1:
                        Integer old = map.put(key, i);
                        if (old != null) checksum += old;
                        break;
                    case 2:
                        Integer removed = map.remove(key);
                        if (removed != null) checksum -= removed;
                        break;
                    default:
                        Integer floor = map.floorKey(key);
                        Integer higher = map.higherKey(key);
                        checksum = checksum * 31 + (floor == null ? 7 : floor.intValue()) + (higher == null ? 11 : higher.intValue());
                }
            }
            Iterator<Map.Entry<Integer, Integer>> it = map.entrySet().iterator();
            while (it.hasNext()) {
                Map.Entry<Integer, Integer> e = it.next();
                if ((e.getKey() + round) % 7 == 0) it.remove();
                else if (e.getKey() % 5 == 0) e.setValue(e.getValue() + 1);
            }
            if (!map.isEmpty()) {
                int firstKey = map.pollFirstEntry().getKey();
                int lastValue = map.pollLastEntry().getValue();
                checksum += firstKey * 3L + lastValue;
            }
            long sum = 0;
            int previous = Integer.MIN_VALUE;
            for (Map.Entry<Integer, Integer> e : map.entrySet()) {
                if (e.getKey() <= previous) throw new IllegalStateException("out of order at " + e.getKey());
                previous = e.getKey();
                sum = sum * 17 + e.getKey() * 3 + e.getValue();
            }
            System.out.println("round " + round + ": size " + map.size() + " sum " + sum + " checksum " + checksum
                + " first " + map.firstKey() + " last " + map.lastKey() + " ceiling(0) " + map.ceilingEntry(0)
                + " lower(0) " + map.lowerEntry(0));
        }
        System.out.println(map.headMap(-900) + " " + map.tailMap(950, true) + " " + map.subMap(-10, 10).keySet());
        System.out.println(map.descendingMap().firstKey() + " " + map.descendingKeySet().first() + " " + map.navigableKeySet().last());
        TreeSet<String> words = new TreeSet<>(Comparator.comparing(String::length).thenComparing(Comparator.reverseOrder()));
        for (int i = 0; i < 3000; i++) words.add(Integer.toString(random.nextInt(100000), 36));
        Iterator<String> wi = words.iterator();
        int kept = 0;
        while (wi.hasNext()) {
            String w = wi.next();
            if (w.indexOf('a') >= 0) wi.remove();
            else kept++;
        }
        System.out.println(words.size() + " " + kept + " " + words.first() + " " + words.last() + " " + words.ceiling("zz") + " " + words.floor("0") + " " + words.headSet("100").size() + " " + words.pollFirst() + " " + words.pollLast());
        TreeMap<String, Integer> empty = new TreeMap<>();
        System.out.println(empty.firstEntry() + " " + empty.floorKey("x") + " " + empty.pollFirstEntry() + " " + empty.get("y"));
        try {
            empty.firstKey();
        } catch (NoSuchElementException e) {
            System.out.println("NoSuchElementException");
        }
        try {
            empty.get(null);
        } catch (NullPointerException e) {
            System.out.println("get(null): NullPointerException");
        }
        try {
            empty.put(null, 1);
        } catch (NullPointerException e) {
            System.out.println("put(null): NullPointerException");
        }
        try {
            map.firstEntry().setValue(5);
        } catch (UnsupportedOperationException e) {
            System.out.println("firstEntry is a snapshot");
        }
        TreeMap<String, Integer> withNulls = new TreeMap<>(Comparator.nullsFirst(Comparator.naturalOrder()));
        withNulls.put("b", 1);
        withNulls.put(null, 0);
        withNulls.put("a", 2);
        System.out.println(withNulls + " " + withNulls.firstKey() + " " + withNulls.get(null));
        Map.Entry<Integer, Integer> live = map.entrySet().iterator().next();
        live.setValue(-1);
        System.out.println(map.firstEntry() + " " + map.containsValue(-1));
    }
}
