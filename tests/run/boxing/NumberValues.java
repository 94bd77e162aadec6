import java.util.ArrayList;
import java.util.List;

// java.lang.Number: the numeric boxes are Numbers (characters, booleans and strings are not), and its
// accessors convert between the widths as Java does.
public class NumberValues {
  static double total(Number[] values) {
    double sum = 0;
    for (Number n : values) sum += n.doubleValue();
    return sum;
  }

  static String kind(Object o) {
    return o instanceof Number ? "number" : "other";
  }

  public static void main(String[] args) {
    Number[] values = {1, 2.5, 3L, 4.5f, (short) 5, (byte) 6, 1e10, -7.9};
    System.out.println(total(values));
    StringBuilder widths = new StringBuilder();
    for (Number n : values) {
      widths.append(n.intValue()).append('/').append(n.longValue()).append('/').append(n.floatValue()).append('/')
          .append(n.byteValue()).append('/').append(n.shortValue()).append(' ');
    }
    System.out.println(widths.toString().trim());
    System.out.println(kind(3) + " " + kind('c') + " " + kind(true) + " " + kind("7") + " " + kind(7L) + " " + kind(null));
    List<Number> list = new ArrayList<>();
    list.add(300);
    list.add(2.75);
    list.add(-129L);
    long sum = 0;
    for (Number n : list) sum += n.longValue();
    System.out.println(list + " " + sum + " " + list.get(1).getClass().getName());
    Object text = "12";
    try {
      Number n = (Number) text;
      System.out.println("no exception " + n);
    } catch (ClassCastException e) {
      System.out.println(e.getMessage());
    }
  }
}
