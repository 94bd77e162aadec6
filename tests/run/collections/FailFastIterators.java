import java.util.*;

public class FailFastIterators {
    static void attempt(String label, Runnable body) {
        try {
            body.run();
            System.out.println(label + ": no exception");
        } catch (ConcurrentModificationException e) {
            System.out.println(label + ": ConcurrentModificationException " + e.getMessage());
        } catch (RuntimeException e) {
            System.out.println(label + ": " + e);
        }
    }

    public static void main(String[] args) {
        attempt("remove first while iterating", () -> {
            List<String> list = new ArrayList<>(List.of("a", "b", "c", "d"));
            for (String s : list) {
                System.out.println("  visit " + s);
                if (s.equals("a")) list.remove(s);
            }
        });
        attempt("remove second to last", () -> {
            List<String> list = new ArrayList<>(List.of("a", "b", "c", "d"));
            for (String s : list) {
                System.out.println("  visit " + s);
                if (s.equals("c")) list.remove(s);
            }
            System.out.println("  left " + list);
        });
        attempt("add while iterating", () -> {
            List<Integer> list = new ArrayList<>(List.of(1, 2, 3));
            for (Integer i : list) if (i == 3) list.add(4);
        });
        attempt("iterator remove", () -> {
            List<Integer> list = new ArrayList<>(List.of(1, 2, 3, 4, 5, 6));
            Iterator<Integer> it = list.iterator();
            while (it.hasNext()) if (it.next() % 2 == 0) it.remove();
            System.out.println("  " + list);
        });
        attempt("set while iterating is fine", () -> {
            List<Integer> list = new ArrayList<>(List.of(1, 2, 3));
            for (Integer i : list) list.set(0, i * 10);
            System.out.println("  " + list);
        });
        attempt("forEach that adds", () -> {
            List<Integer> list = new ArrayList<>(List.of(1, 2, 3));
            list.forEach(i -> { System.out.println("  each " + i); if (i == 1) list.add(9); });
        });
        attempt("removeIf that adds", () -> {
            List<Integer> list = new ArrayList<>(List.of(1, 2, 3));
            list.removeIf(i -> { if (i == 2) list.add(7); return i == 1; });
        });
        attempt("hash map put while iterating keys", () -> {
            Map<String, Integer> map = new HashMap<>();
            map.put("one", 1); map.put("two", 2); map.put("three", 3);
            for (String k : map.keySet()) if (k.equals("one")) map.put("four", 4);
        });
        attempt("hash map replace value while iterating", () -> {
            Map<String, Integer> map = new HashMap<>();
            map.put("one", 1); map.put("two", 2);
            for (String k : map.keySet()) map.put(k, map.get(k) * 100);
            System.out.println("  " + map);
        });
        attempt("hash map remove through the entry iterator", () -> {
            Map<String, Integer> map = new HashMap<>();
            for (int i = 0; i < 8; i++) map.put("k" + i, i);
            Iterator<Map.Entry<String, Integer>> it = map.entrySet().iterator();
            while (it.hasNext()) if (it.next().getValue() % 3 == 0) it.remove();
            System.out.println("  " + map);
        });
        attempt("hash map forEach that removes", () -> {
            Map<String, Integer> map = new HashMap<>();
            map.put("x", 1); map.put("y", 2); map.put("z", 3);
            map.forEach((k, v) -> { System.out.println("  sees " + k); if (k.equals("x")) map.remove("z"); });
        });
        attempt("hash set remove while iterating", () -> {
            Set<Integer> set = new HashSet<>(List.of(1, 2, 3, 4));
            for (Integer i : set) if (i == 2) set.remove(3);
        });
        attempt("linked hash map in access order", () -> {
            Map<String, Integer> map = new LinkedHashMap<>(16, 0.75f, true);
            map.put("a", 1); map.put("b", 2); map.put("c", 3);
            for (String k : map.keySet()) map.get("a");
        });
        attempt("tree map add at the end", () -> {
            TreeMap<Integer, String> map = new TreeMap<>();
            map.put(1, "a"); map.put(2, "b");
            for (Integer k : map.keySet()) if (k == 2) map.put(3, "c");
            System.out.println("  " + map);
        });
        attempt("tree map add in the middle", () -> {
            TreeMap<Integer, String> map = new TreeMap<>();
            map.put(1, "a"); map.put(5, "b"); map.put(9, "c");
            for (Integer k : map.keySet()) if (k == 1) map.put(3, "x");
        });
        attempt("tree set iterator remove", () -> {
            TreeSet<Integer> set = new TreeSet<>(List.of(5, 1, 4, 2, 3));
            Iterator<Integer> it = set.iterator();
            while (it.hasNext()) if (it.next() % 2 == 1) it.remove();
            System.out.println("  " + set);
        });
        attempt("linked list remove earlier element", () -> {
            LinkedList<String> list = new LinkedList<>(List.of("p", "q", "r"));
            for (String s : list) { System.out.println("  visit " + s); if (s.equals("q")) list.remove("p"); }
        });
        attempt("linked list remove later element", () -> {
            LinkedList<String> list = new LinkedList<>(List.of("p", "q", "r"));
            for (String s : list) if (s.equals("p")) list.remove("r");
        });
        attempt("linked list iterator remove", () -> {
            LinkedList<Integer> list = new LinkedList<>(List.of(1, 2, 3, 4));
            Iterator<Integer> it = list.iterator();
            while (it.hasNext()) if (it.next() > 2) it.remove();
            System.out.println("  " + list);
        });
        attempt("priority queue offer while iterating", () -> {
            PriorityQueue<Integer> queue = new PriorityQueue<>(List.of(4, 2, 8));
            for (Integer i : queue) if (i == 2) queue.offer(1);
        });
        attempt("iterator remove twice", () -> {
            List<Integer> list = new ArrayList<>(List.of(1, 2));
            Iterator<Integer> it = list.iterator();
            it.next();
            it.remove();
            it.remove();
        });
        attempt("next past the end", () -> {
            Iterator<Integer> it = new ArrayList<>(List.of(1)).iterator();
            it.next();
            it.next();
        });
    }
}
