// CollectionTour: collections behaviour, iteration orders and exceptions
import java.util.*;

public class CollectionTour {
    static class Person implements Comparable<Person> {
        final String name; final int age;
        Person(String name, int age) { this.name = name; this.age = age; }
        public int compareTo(Person o) { return Integer.compare(age, o.age); }
        @Override public String toString() { return name + "(" + age + ")"; }
        @Override public boolean equals(Object o) {
            if (!(o instanceof Person)) return false;
            Person p = (Person) o; return p.name.equals(name) && p.age == age;
        }
        @Override public int hashCode() { return name.hashCode() * 31 + age; }
    }

    public static void main(String[] args) {
        Map<String, Integer> hm = new HashMap<>();
        String[] words = "the quick brown fox jumps over the lazy dog and the cat sat on the mat with a hat".split(" ");
        for (String w : words) hm.put(w, hm.getOrDefault(w, 0) + 1);
        System.out.println(hm);
        System.out.println(hm.keySet());
        System.out.println(hm.values());
        for (Map.Entry<String, Integer> e : hm.entrySet()) if (e.getValue() > 1) System.out.println(e.getKey() + "=" + e.getValue());
        Map<String, Integer> tm = new TreeMap<>(hm);
        System.out.println(tm);
        TreeMap<Integer, String> t2 = new TreeMap<>();
        for (int i = 0; i < 20; i += 3) t2.put(i, "v" + i);
        System.out.println(t2.firstKey() + " " + t2.lastKey() + " " + t2.floorKey(10) + " " + t2.ceilingKey(10) + " " + t2.headMap(9) + " " + t2.tailMap(9, false) + " " + t2.descendingMap());
        Map<Integer, String> lhm = new LinkedHashMap<>();
        for (int i = 10; i > 0; i -= 2) lhm.put(i * 7 % 11, "x" + i);
        System.out.println(lhm);
        Set<Integer> hs = new HashSet<>();
        for (int i = 0; i < 30; i++) hs.add((i * 37) % 101 - 50);
        System.out.println(hs);
        Set<String> ss = new HashSet<>(Arrays.asList("banana", "apple", "cherry", "date", "elderberry", "fig", "grape"));
        System.out.println(ss);
        List<Person> people = new ArrayList<>();
        people.add(new Person("Ann", 31)); people.add(new Person("Bob", 25)); people.add(new Person("Cy", 31)); people.add(new Person("Di", 19));
        Collections.sort(people);
        System.out.println(people);
        people.sort(Comparator.comparing((Person p) -> p.name).reversed());
        System.out.println(people);
        people.sort(Comparator.comparingInt((Person p) -> p.age).thenComparing((Person p) -> p.name, Comparator.reverseOrder()));
        System.out.println(people);
        System.out.println(people.contains(new Person("Bob", 25)) + " " + people.indexOf(new Person("Cy", 31)));
        Set<Person> pset = new HashSet<>(people); pset.add(new Person("Ann", 31)); System.out.println(pset.size());
        Deque<Integer> dq = new ArrayDeque<>();
        dq.push(1); dq.addLast(2); dq.offerFirst(0); dq.add(3);
        System.out.println(dq + " " + dq.peekFirst() + " " + dq.pollLast() + " " + dq.pop() + " " + dq);
        PriorityQueue<Integer> pq = new PriorityQueue<>(Collections.reverseOrder());
        for (int v : new int[]{5, 1, 9, 3, 7, 2}) pq.add(v);
        StringBuilder sb = new StringBuilder();
        while (!pq.isEmpty()) sb.append(pq.poll()).append(',');
        System.out.println(sb);
        List<Integer> li = new ArrayList<>();
        for (int i = 0; i < 10; i++) li.add(i * i % 7);
        System.out.println(li + " " + li.subList(2, 5) + " " + Collections.max(li) + " " + Collections.frequency(li, 2));
        li.remove(Integer.valueOf(2)); li.remove(0);
        System.out.println(li);
        Iterator<Integer> it = li.iterator();
        while (it.hasNext()) if (it.next() % 2 == 0) it.remove();
        System.out.println(li);
        try { for (Integer v : li) if (v == 1) li.add(99); } catch (ConcurrentModificationException e) { System.out.println("CME " + e.getMessage()); }
        try { li.get(100); } catch (IndexOutOfBoundsException e) { System.out.println(e.getMessage()); }
        try { new ArrayList<Integer>().iterator().next(); } catch (NoSuchElementException e) { System.out.println("NSEE " + e.getMessage()); }
        try { List<Integer> fixed = Arrays.asList(1, 2); fixed.add(3); } catch (UnsupportedOperationException e) { System.out.println("UOE " + e.getMessage()); }
        try { Collections.unmodifiableList(li).set(0, 1); } catch (UnsupportedOperationException e) { System.out.println("UOE2 " + e.getMessage()); }
        List<String> ll = new LinkedList<>(Arrays.asList("a", "b", "c"));
        ll.add(1, "x"); ((LinkedList<String>) ll).addFirst("z"); ll.remove("c");
        System.out.println(ll + " " + ll.hashCode() + " " + ll.equals(Arrays.asList("z", "a", "x", "b")));
        int[] arr = {5, 3, 9, 1, 7};
        Arrays.sort(arr);
        System.out.println(Arrays.toString(arr) + " " + Arrays.binarySearch(arr, 7) + " " + Arrays.binarySearch(arr, 4));
        Integer[] boxed = {5, 3, 9, 1, 7};
        Arrays.sort(boxed, (p, q) -> q - p);
        System.out.println(Arrays.toString(boxed) + " " + Arrays.hashCode(arr) + " " + Arrays.equals(arr, new int[]{1, 3, 5, 7, 9}));
        int[][] grid = new int[3][4]; grid[1][2] = 7;
        System.out.println(Arrays.deepToString(grid));
        char[] cs = "hello".toCharArray(); Arrays.fill(cs, 1, 3, '*'); System.out.println(new String(cs) + " " + String.valueOf(cs, 1, 2));
        long[] copy = Arrays.copyOf(new long[]{1, 2, 3}, 5); System.out.println(Arrays.toString(copy) + Arrays.toString(Arrays.copyOfRange(arr, 1, 3)));
        Map<Character, List<String>> groups = new TreeMap<>();
        for (String w : words) groups.computeIfAbsent(w.charAt(0), k -> new ArrayList<>()).add(w);
        System.out.println(groups);
        Map<String, Integer> merged = new TreeMap<>();
        for (String w : words) merged.merge(w, 1, Integer::sum);
        merged.replaceAll((k, v) -> v * 10);
        merged.entrySet().removeIf(e -> e.getValue() < 20);
        System.out.println(merged + " " + merged.putIfAbsent("the", 0) + " " + merged.remove("zzz"));
        System.out.println(Collections.nCopies(3, "ab") + " " + Collections.emptyList() + " " + Collections.singletonMap("k", 1));
        List<Integer> rev = new ArrayList<>(Arrays.asList(1, 2, 3, 4, 5)); Collections.reverse(rev); Collections.swap(rev, 0, 4); Collections.rotate(rev, 2);
        System.out.println(rev);
        Object[] objs = {1, "s", 2.5, 'c', null, new int[0].length, true};
        for (Object o : objs) System.out.print((o == null ? "null" : o.getClass().getSimpleName()) + " ");
        System.out.println();
    }
}
