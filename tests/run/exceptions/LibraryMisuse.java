// The exceptions of library misuse and their messages, as the JDK gives them: iterators removing at the
// wrong time, unmodifiable collections, empty collections, index checks of lists, strings and builders,
// number parsing, non-Comparable elements of sorted collections, a stream used twice, Scanner's
// InputMismatchException, arraycopy, capacities, Formatter's exceptions.
import java.util.*;
import java.util.stream.*;

public class LibraryMisuse {
    public static void main(String[] args) {
        // Iterator misuse and ListIterator positions
        List<Integer> list = new ArrayList<>(List.of(1, 2, 3));
        Iterator<Integer> it = list.iterator();
        try { it.remove(); } catch (IllegalStateException e) { System.out.println("ISE remove before next"); }
        it.next(); it.remove();
        try { it.remove(); } catch (IllegalStateException e) { System.out.println("ISE double remove"); }
        System.out.println(list);
        ListIterator<Integer> li = list.listIterator(list.size());
        while (li.hasPrevious()) System.out.print(li.previousIndex() + ":" + li.previous() + " ");
        System.out.println(li.nextIndex());
        try { List.of(1, 2).iterator().remove(); } catch (UnsupportedOperationException e) { System.out.println("UOE"); }
        try { Collections.emptyList().get(0); } catch (IndexOutOfBoundsException e) { System.out.println(e.getMessage()); }
        try { new LinkedList<Integer>().getFirst(); } catch (NoSuchElementException e) { System.out.println("NSEE " + e.getMessage()); }
        try { new TreeMap<String, Integer>().firstKey(); } catch (NoSuchElementException e) { System.out.println("NSEE2 " + e.getMessage()); }
        try { Optional.empty().get(); } catch (NoSuchElementException e) { System.out.println(e.getMessage()); }
        try { new ArrayList<>(List.of(1)).subList(0, 2); } catch (IndexOutOfBoundsException e) { System.out.println(e.getMessage()); }
        try { new ArrayList<Integer>().remove(0); } catch (IndexOutOfBoundsException e) { System.out.println(e.getMessage()); }
        try { new ArrayList<Integer>().set(0, 1); } catch (IndexOutOfBoundsException e) { System.out.println(e.getMessage()); }
        try { new ArrayList<Integer>().add(2, 1); } catch (IndexOutOfBoundsException e) { System.out.println(e.getMessage()); }
        try { new int[2][-1].toString(); } catch (NegativeArraySizeException e) { System.out.println(e.getMessage()); }
        try { "abc".substring(-1); } catch (StringIndexOutOfBoundsException e) { System.out.println(e.getMessage()); }
        try { new StringBuilder("ab").insert(5, "x"); } catch (StringIndexOutOfBoundsException e) { System.out.println(e.getMessage()); }
        try { new StringBuilder("ab").deleteCharAt(2); } catch (StringIndexOutOfBoundsException e) { System.out.println(e.getMessage()); }
        try { "abc".repeat(-1); } catch (IllegalArgumentException e) { System.out.println(e.getMessage()); }
        try { Integer.parseInt(""); } catch (NumberFormatException e) { System.out.println(e.getMessage()); }
        try { Long.parseLong("99999999999999999999"); } catch (NumberFormatException e) { System.out.println(e.getMessage()); }
        try { Double.parseDouble("1.2.3"); } catch (NumberFormatException e) { System.out.println(e.getMessage()); }
        try { Integer.valueOf("0x10"); } catch (NumberFormatException e) { System.out.println(e.getMessage()); }
        try { new PriorityQueue<Object>().add(new Object()); new PriorityQueue<Object>(List.of(new Object(), new Object())); } catch (ClassCastException e) { System.out.println("CCE pq"); }
        try { new TreeSet<Object>().add(new Object()); } catch (ClassCastException e) { System.out.println("CCE treeset"); }
        try { Arrays.asList(1, 2).add(3); } catch (UnsupportedOperationException e) { System.out.println("UOE asList " + e.getMessage()); }
        try { Collections.unmodifiableList(list).add(1); } catch (UnsupportedOperationException e) { System.out.println("UOE unmod " + e.getMessage()); }
        try { Stream<Integer> s = Stream.of(1); s.count(); s.count(); } catch (IllegalStateException e) { System.out.println(e.getMessage()); }
        try { new Scanner("abc").nextInt(); } catch (InputMismatchException e) { System.out.println("IME " + e.getMessage()); }
        try { Object x = List.of("a"); List<Integer> li2 = (List<Integer>) x; int v = li2.get(0); } catch (ClassCastException e) { System.out.println("CCE generic"); }
        try { throw new UnsupportedOperationException("custom", new RuntimeException("inner")); } catch (UnsupportedOperationException e) { System.out.println(e + " / " + e.getCause()); }
        try { int[] a = new int[3]; System.arraycopy(a, 0, a, 2, 2); } catch (ArrayIndexOutOfBoundsException e) { System.out.println(e.getMessage()); }
        try { System.arraycopy(new int[1], 0, new long[1], 0, 1); } catch (ArrayStoreException e) { System.out.println(e.getMessage()); }
        try { Objects.checkIndex(5, 3); } catch (IndexOutOfBoundsException e) { System.out.println(e.getMessage()); }
        try { List.of(1, 2, 3).get(3); } catch (IndexOutOfBoundsException e) { System.out.println(e.getMessage()); }
        try { "x".charAt(-1); } catch (IndexOutOfBoundsException e) { System.out.println(e.getMessage()); }
        try { new HashMap<String, Integer>(-1); } catch (IllegalArgumentException e) { System.out.println(e.getMessage()); }
        try { new ArrayList<Integer>(-5); } catch (IllegalArgumentException e) { System.out.println(e.getMessage()); }
        try { new Random().nextInt(0); } catch (IllegalArgumentException e) { System.out.println(e.getMessage()); }
        try { IntStream.range(0, 3).boxed().collect(Collectors.toMap(i -> "k", i -> i)); } catch (IllegalStateException e) { System.out.println(e.getMessage()); }
        try { Map<String, Integer> m = new HashMap<>(Map.of("a", 1)); for (String k : m.keySet()) m.put(k + "x", 2); } catch (ConcurrentModificationException e) { System.out.println("CME " + e.getMessage()); }
        try { new ArrayDeque<Integer>().addFirst(null); } catch (NullPointerException e) { System.out.println("NPE deque"); }
        try { Character.toChars(-1); } catch (IllegalArgumentException e) { System.out.println(e.getMessage()); }
        try { String.format("%d", "x"); } catch (IllegalFormatException e) { System.out.println(e.getClass().getSimpleName() + " " + e.getMessage()); }
        try { String.format("%s %s", "x"); } catch (IllegalFormatException e) { System.out.println(e.getClass().getSimpleName() + " " + e.getMessage()); }
        try { String.format("%q", 1); } catch (IllegalFormatException e) { System.out.println(e.getClass().getSimpleName() + " " + e.getMessage()); }
    }
}
