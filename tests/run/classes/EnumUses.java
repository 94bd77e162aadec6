import java.util.*;

// Enums in use: an enum implementing an interface, enums as TreeMap keys (ordered by position), sorted in
// a list, compared, switched on, and parsed with valueOf.
public class EnumUses {
  interface Priced { int price(); }

  enum Size implements Priced {
    SMALL(3), MEDIUM(5), LARGE(8), HUGE(13);

    private final int cost;

    Size(int cost) { this.cost = cost; }

    public int price() { return cost; }

    Size next() { return this == HUGE ? HUGE : values()[ordinal() + 1]; }
  }

  enum Op { ADD, SUB, MUL, DIV }

  static int apply(Op op, int a, int b) {
    switch (op) {
      case ADD: return a + b;
      case SUB: return a - b;
      case MUL: return a * b;
      default: return a / b;
    }
  }

  public static void main(String[] args) {
    Map<Size, Integer> orders = new TreeMap<>();
    String[] requests = {"LARGE", "SMALL", "LARGE", "HUGE", "SMALL", "SMALL"};
    for (String r : requests) orders.merge(Size.valueOf(r), 1, (a, b) -> a + b);
    int total = 0;
    for (Map.Entry<Size, Integer> e : orders.entrySet()) total += e.getKey().price() * e.getValue();
    System.out.println(orders + " total " + total);
    List<Size> sizes = new ArrayList<>(List.of(Size.HUGE, Size.SMALL, Size.LARGE, Size.MEDIUM));
    Collections.sort(sizes);
    System.out.println(sizes + " " + Collections.max(sizes) + " " + Size.SMALL.next() + " " + Size.HUGE.next());
    Priced p = Size.MEDIUM;
    System.out.println(p.price() + " " + (p instanceof Size) + " " + Size.MEDIUM.compareTo(Size.HUGE));
    for (Op op : Op.values()) System.out.print(op + "=" + apply(op, 12, 4) + " ");
    System.out.println();
    Set<Op> seen = new TreeSet<>();
    seen.add(Op.MUL); seen.add(Op.ADD); seen.add(Op.MUL);
    System.out.println(seen + " " + seen.contains(Op.SUB) + " " + Op.valueOf("DIV").ordinal());
  }
}
