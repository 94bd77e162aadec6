import java.util.*;
import java.util.stream.*;

public class UtilityExtras {
  public static void main(String[] args) {
    List<Integer> deck = new ArrayList<>();
    for (int i = 1; i <= 12; i++) deck.add(i);
    Collections.shuffle(deck, new Random(42));
    System.out.println(deck);
    Collections.rotate(deck, 3);
    System.out.println(deck);
    Collections.rotate(deck, -5);
    System.out.println(deck);
    List<String> names = new ArrayList<>();
    Collections.addAll(names, "kiwi", "fig", "date");
    Collections.sort(names);
    System.out.println(names + " " + Collections.binarySearch(names, "fig") + " " + Collections.binarySearch(names, "cherry"));
    System.out.println(Collections.disjoint(names, List.of("lime")) + " " + Collections.disjoint(names, List.of("fig")));
    System.out.println(Collections.indexOfSubList(deck, deck.subList(4, 7)));
    Collections.fill(names, "x");
    System.out.println(names);
    System.out.println(new Random(7).ints(6, 0, 10).boxed().collect(Collectors.toList()));
    System.out.println(new Random(7).ints(4, 0, 16).boxed().collect(Collectors.toList()));
    System.out.println(new Random(7).ints(3, -5, 1000003).boxed().collect(Collectors.toList()));
    System.out.println(new Random(3).ints(3).boxed().collect(Collectors.toList()));
    System.out.println(Arrays.toString(new Random(11).doubles(3).toArray()));
    System.out.println(Arrays.toString(new Random(11).doubles(3, 5.0, 6.0).toArray()));
    System.out.println(new Random(5).ints(0, 100).limit(5).sum());
    System.out.println(new Random(5).ints(1000).count());
    int[] squares = new int[6];
    Arrays.setAll(squares, i -> i * i);
    System.out.println(Arrays.toString(squares));
    String[] labels = new String[3];
    Arrays.setAll(labels, i -> "L" + i);
    System.out.println(Arrays.toString(labels));
    System.out.println(System.lineSeparator().length() + " " + System.getProperty("line.separator").equals("\n") + " " + System.getProperty("no.such", "none"));
    System.out.println(Math.nextUp(1.0) + " " + Math.nextDown(1.0) + " " + Math.nextAfter(0.0, -1) + " " + Math.nextUp(-0.0));
    Iterator<String> none = Collections.emptyIterator();
    System.out.println(none.hasNext());
  }
}
