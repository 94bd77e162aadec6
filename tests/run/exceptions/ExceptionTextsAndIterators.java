// ExceptionTextsAndIterators: exception texts, list iterators, shuffles, random streams and stable sorts
import java.util.*;

public class ExceptionTextsAndIterators {
    static class Oops extends RuntimeException {
        Oops(String m) { super(m); }
        @Override public String toString() { return "Oops<" + getMessage() + ">"; }
    }
    static class Quiet extends Exception { Quiet() { super(); } }
    static class Item { final String name; final int rank; Item(String n, int r) { name = n; rank = r; } public String toString() { return name + rank; } }
    public static void main(String[] args) {
        System.out.println(new RuntimeException() + " | " + new RuntimeException((String) null).getMessage() + " | " + new Quiet() + " | " + new Oops("x"));
        System.out.println(new RuntimeException(new IllegalStateException("inner")) + " | " + new RuntimeException(new IllegalStateException("inner")).getMessage());
        System.out.println(new RuntimeException("outer", new IllegalStateException("inner")).getCause() + " | " + new Exception("m").getLocalizedMessage() + " | " + new Error(new Oops("o")).getMessage());
        Throwable t = new IllegalArgumentException("bad arg"); System.out.println(t instanceof RuntimeException); System.out.println(t.getClass().getName() + " " + t.getClass().getSimpleName());
        try { throw new Oops("thrown"); } catch (RuntimeException e) { System.out.println("caught " + e); }
        try { try { throw new Quiet(); } finally { System.out.println("inner finally"); } } catch (Quiet q) { System.out.println("quiet " + q.getMessage()); }
        RuntimeException saved = null;
        for (int i = 0; i < 3; i++) { try { if (i == 1) throw new Oops("i=" + i); } catch (Oops o) { saved = o; continue; } finally { System.out.print("f" + i + " "); } System.out.print("b" + i + " "); }
        System.out.println(saved);
        Exception withSup = new Exception("main"); withSup.addSuppressed(new Oops("s1")); withSup.addSuppressed(new Oops("s2"));
        System.out.println(withSup.getSuppressed().length + " " + withSup.getSuppressed()[1]);
        Exception init = new Exception("x"); init.initCause(new Oops("root")); System.out.println(init.getCause());
        try { init.initCause(new Oops("again")); } catch (IllegalStateException e) { System.out.println(e.getMessage()); }
        List<String> list = new ArrayList<>(Arrays.asList("a", "b", "c", "d"));
        ListIterator<String> li = list.listIterator();
        while (li.hasNext()) { int idx = li.nextIndex(); String s = li.next(); if (s.equals("b")) li.set("B"); if (s.equals("c")) li.add("c2"); if (s.equals("a")) li.remove(); System.out.print(idx + s + " "); }
        System.out.println(list);
        while (li.hasPrevious()) System.out.print(li.previous() + "@" + li.nextIndex() + " ");
        System.out.println();
        List<Integer> nums = new ArrayList<>(); for (int i = 0; i < 20; i++) nums.add(i);
        Collections.shuffle(nums, new Random(7)); System.out.println(nums);
        Collections.shuffle(nums, new Random(123456789L)); System.out.println(nums);
        Random r = new Random(2024);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 8; i++) sb.append(r.nextInt(10)).append(',').append(r.nextInt(1000000007)).append(',').append(r.nextInt(1 << 20)).append(' ');
        System.out.println(sb);
        System.out.println(r.nextLong() + " " + r.nextDouble() + " " + r.nextFloat() + " " + r.nextGaussian() + " " + r.nextInt(5, 10) + " " + r.nextLong(100L));
        byte[] bytes = new byte[6]; r.nextBytes(bytes); System.out.println(Arrays.toString(bytes));
        System.out.println(r.ints(5, 0, 100).boxed().toList() + " " + r.doubles(2).sum());
        List<Item> items = new ArrayList<>();
        String[] names = {"d", "a", "c", "b", "e", "a", "c", "d", "b", "a"};
        for (int i = 0; i < names.length; i++) items.add(new Item(names[i], i % 3));
        items.sort(Comparator.comparingInt((Item it) -> it.rank)); System.out.println(items);
        items.sort(Comparator.comparing((Item it) -> it.name)); System.out.println(items);
        Item[] arr = items.toArray(new Item[0]); Arrays.sort(arr, Comparator.comparingInt((Item it) -> it.rank).reversed()); System.out.println(Arrays.toString(arr));
        LinkedList<Integer> ll = new LinkedList<>(Arrays.asList(5, 2, 8, 1)); Collections.sort(ll); System.out.println(ll + " " + ll.getFirst() + " " + ll.peekLast() + " " + ll.removeLast() + " " + ll.indexOf(5) + " " + ll.descendingIterator().next());
        TreeMap<String, Integer> tm = new TreeMap<>(); tm.put("b", 2); tm.put("a", 1); tm.put("c", 3);
        for (Map.Entry<String, Integer> e : tm.entrySet()) e.setValue(e.getValue() * 100);
        System.out.println(tm + " " + tm.firstEntry() + " " + tm.pollFirstEntry() + " " + tm + " " + tm.higherKey("b") + " " + tm.lowerEntry("b") + " " + tm.navigableKeySet().descendingSet());
        TreeSet<Integer> ts = new TreeSet<>(Arrays.asList(9, 3, 7, 1, 5)); System.out.println(ts + " " + ts.first() + " " + ts.ceiling(4) + " " + ts.floor(4) + " " + ts.headSet(5) + " " + ts.tailSet(5) + " " + ts.subSet(2, 8) + " " + ts.descendingSet() + " " + ts.pollFirst() + " " + ts);
        Iterator<Integer> dit = ts.iterator(); dit.next(); dit.remove(); System.out.println(ts);
        Deque<Character> stack = new ArrayDeque<>(); String expr = "{[()()]}(";
        boolean ok = true; for (char c : expr.toCharArray()) { if ("([{".indexOf(c) >= 0) stack.push(c); else { if (stack.isEmpty()) { ok = false; break; } char o = stack.pop(); if ("([{".indexOf(o) != ")]}".indexOf(c)) { ok = false; break; } } }
        System.out.println(ok && stack.isEmpty() ? "balanced" : "unbalanced " + stack);
        Stack<Integer> st = new Stack<>(); st.push(1); st.push(2); st.push(3); System.out.println(st + " " + st.peek() + " " + st.pop() + " " + st.search(1) + " " + st);
        Vector<String> v = new Vector<>(); v.add("x"); v.addElement("y"); System.out.println(v + " " + v.elementAt(1) + " " + v.firstElement());
        List<Integer> imm = List.of(3, 1, 2); System.out.println(imm + " " + imm.contains(2) + " " + Set.of(5).size() + " " + Map.of("k", 1).get("k"));
        try { imm.add(4); } catch (UnsupportedOperationException e) { System.out.println("immutable " + e.getMessage()); }
        try { List.of(1, null); } catch (NullPointerException e) { System.out.println("List.of null"); }
        List<Integer> copy = List.copyOf(nums.subList(0, 3)); System.out.println(copy.size() + " " + Collections.unmodifiableMap(tm));
        int[] counts = new int[5]; for (int i = 0; i < 1000; i++) counts[new Random(i).nextInt(5)]++; System.out.println(Arrays.toString(counts));
    }
}
