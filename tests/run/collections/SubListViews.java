// List.subList is a view: clearing, sorting, reversing or adding through it changes the list, nested views
// move together, and a change to the list behind a view's back makes the view throw
// ConcurrentModificationException.
import java.util.*;

public class SubListViews {
    static boolean nextPermutation(List<Integer> p) {
        int i = p.size() - 2;
        while (i >= 0 && p.get(i) >= p.get(i + 1)) i--;
        if (i < 0) return false;
        int j = p.size() - 1;
        while (p.get(j) <= p.get(i)) j--;
        Collections.swap(p, i, j);
        Collections.reverse(p.subList(i + 1, p.size()));
        return true;
    }

    public static void main(String[] args) {
        List<Integer> list = new ArrayList<>();
        for (int i = 0; i < 10; i++) list.add(i * 3 % 10);
        System.out.println(list);
        list.subList(0, 3).clear();
        System.out.println(list);
        Collections.sort(list.subList(2, 6));
        System.out.println(list);
        list.subList(1, 4).sort(Comparator.reverseOrder());
        System.out.println(list);
        List<Integer> middle = list.subList(1, 5);
        middle.add(99);
        middle.add(0, -1);
        middle.remove(Integer.valueOf(99));
        System.out.println(list + " " + middle + " " + middle.size());
        List<Integer> inner = middle.subList(1, 3);
        inner.set(0, 42);
        inner.add(7);
        System.out.println(list + " " + middle + " " + inner);
        inner.clear();
        System.out.println(list + " " + middle + " " + inner + " " + inner.isEmpty());
        middle.replaceAll(x -> x + 1000);
        System.out.println(list);
        middle.removeIf(x -> x % 2 == 0);
        System.out.println(list + " " + middle);
        Iterator<Integer> it = middle.iterator();
        it.next();
        it.remove();
        System.out.println(list + " " + middle + " " + middle.indexOf(1009) + " " + middle.contains(1006));
        List<Integer> view = list.subList(0, 2);
        list.add(5);
        try {
            System.out.println(view.size());
        } catch (ConcurrentModificationException e) {
            System.out.println("CME after the list grew");
        }
        try {
            list.subList(3, 2);
        } catch (IllegalArgumentException e) {
            System.out.println(e.getMessage());
        }
        try {
            list.subList(-1, 2);
        } catch (IndexOutOfBoundsException e) {
            System.out.println(e.getMessage());
        }
        try {
            list.subList(0, 100);
        } catch (IndexOutOfBoundsException e) {
            System.out.println(e.getMessage());
        }
        try {
            list.subList(0, 2).get(2);
        } catch (IndexOutOfBoundsException e) {
            System.out.println(e.getMessage());
        }
        List<Integer> perm = new ArrayList<>(List.of(1, 2, 3));
        StringBuilder all = new StringBuilder();
        do {
            all.append(perm).append(' ');
        } while (nextPermutation(perm));
        System.out.println(all.toString().trim());
        LinkedList<String> linked = new LinkedList<>(List.of("a", "b", "c", "d", "e"));
        List<String> part = linked.subList(1, 4);
        part.set(1, "C");
        part.remove(0);
        System.out.println(linked + " " + part + " " + part.equals(List.of("C", "d")) + " " + (part.hashCode() == List.of("C", "d").hashCode()));
        linked.addFirst("z");
        try {
            part.get(0);
        } catch (ConcurrentModificationException e) {
            System.out.println("CME on a linked list's view");
        }
        List<String> fixed = List.of("p", "q", "r");
        try {
            fixed.subList(0, 2).set(0, "x");
        } catch (UnsupportedOperationException e) {
            System.out.println("immutable view");
        }
        System.out.println(fixed.subList(1, 3) + " " + new ArrayList<>(fixed.subList(0, 2)));
        List<Integer> numbers = new ArrayList<>(List.of(5, 1, 4, 2, 3));
        int sum = 0;
        for (int x : numbers.subList(1, 4)) sum += x;
        System.out.println(sum + " " + Collections.max(numbers.subList(2, 5)) + " " + numbers.subList(1, 3).stream().mapToInt(Integer::intValue).sum());
        numbers.subList(1, 3).addAll(List.of(8, 9));
        System.out.println(numbers);
    }
}
