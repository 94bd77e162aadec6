import java.util.*;

public class ListIteratorsAndToArray {
  public static void main(String[] args) {
    List<String> words = new ArrayList<>(List.of("alpha", "beta", "gamma", "delta"));
    String[] array = words.toArray(new String[0]);
    System.out.println(array.length + " " + array[2] + " " + array.getClass().getSimpleName() + " " + Arrays.toString(array));
    String[] big = new String[6];
    Arrays.fill(big, "x");
    String[] same = words.toArray(big);
    System.out.println((same == big) + " " + Arrays.toString(same));
    Integer[] boxes = new TreeSet<>(List.of(5, 3, 9)).toArray(new Integer[0]);
    System.out.println(Arrays.toString(boxes) + " " + boxes.getClass().getName());
    Object[] objects = words.toArray(n -> new String[n]);
    System.out.println(objects.getClass().getSimpleName() + " " + objects.length);
    try {
      Object[] wrong = new ArrayList<Object>(List.of(1, "a")).toArray(new Integer[0]);
      System.out.println("no error");
    } catch (ArrayStoreException e) {
      System.out.println("ArrayStoreException: " + e.getMessage());
    }
    ListIterator<String> it = words.listIterator();
    while (it.hasNext()) {
      int index = it.nextIndex();
      String word = it.next();
      if (word.startsWith("b")) it.remove();
      else if (word.startsWith("g")) it.set(word.toUpperCase());
      else if (index == 0) it.add("after-" + word);
    }
    System.out.println(words);
    ListIterator<String> back = words.listIterator(words.size());
    StringBuilder reversed = new StringBuilder();
    while (back.hasPrevious()) reversed.append(back.previous()).append(back.hasPrevious() ? "," : "");
    System.out.println(reversed + " " + back.previousIndex() + " " + back.nextIndex());
    LinkedList<Integer> linked = new LinkedList<>(List.of(1, 2, 3));
    ListIterator<Integer> li = linked.listIterator(1);
    li.next();
    li.set(20);
    li.add(25);
    System.out.println(linked);
    words.addAll(1, List.of("x", "y"));
    System.out.println(words);
    Map<String, Integer> m = new HashMap<>(Map.of("a", 1, "b", 2));
    System.out.println(m.replace("a", 1, 10) + " " + m.replace("b", 5, 50) + " " + m.remove("b", 3) + " " + m.remove("b", 2) + " " + m);
    Deque<Integer> dq = new ArrayDeque<>(List.of(1, 2, 3, 2, 1));
    Iterator<Integer> down = dq.descendingIterator();
    StringBuilder sb = new StringBuilder();
    while (down.hasNext()) sb.append(down.next());
    System.out.println(sb + " " + dq.removeLastOccurrence(2) + " " + dq + " " + dq.removeFirstOccurrence(1) + " " + dq);
  }
}
