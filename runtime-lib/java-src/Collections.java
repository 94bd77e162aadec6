// Kiln's runtime library: java.util.Collections, in Java; translate.sh turns it into runtime-lib/java.util.collections.ir.
package java.util;

public class Collections {
  private Collections() {
  }

  public static void sort(List list) {
    list.sort(null);
  }

  public static void sort(List list, Comparator order) {
    list.sort(order);
  }

  public static void reverse(List list) {
    int i = 0;
    int j = list.size() - 1;
    while (i < j) {
      Object saved = list.get(i);
      list.set(i, list.get(j));
      list.set(j, saved);
      i++;
      j--;
    }
  }

  public static void swap(List list, int i, int j) {
    list.set(i, list.set(j, list.get(i)));
  }

  public static Object max(Collection values) {
    Iterator it = values.iterator();
    Object best = it.next();
    while (it.hasNext()) {
      Object next = it.next();
      if (((Comparable) next).compareTo(best) > 0) best = next;
    }
    return best;
  }

  public static Object min(Collection values) {
    Iterator it = values.iterator();
    Object best = it.next();
    while (it.hasNext()) {
      Object next = it.next();
      if (((Comparable) next).compareTo(best) < 0) best = next;
    }
    return best;
  }

  public static Object max(Collection values, Comparator order) {
    if (order == null) return max(values);
    Iterator it = values.iterator();
    Object best = it.next();
    while (it.hasNext()) {
      Object next = it.next();
      if (order.compare(next, best) > 0) best = next;
    }
    return best;
  }

  public static Object min(Collection values, Comparator order) {
    if (order == null) return min(values);
    Iterator it = values.iterator();
    Object best = it.next();
    while (it.hasNext()) {
      Object next = it.next();
      if (order.compare(next, best) < 0) best = next;
    }
    return best;
  }

  public static int frequency(Collection values, Object value) {
    int count = 0;
    Iterator it = values.iterator();
    while (it.hasNext()) {
      if (Objects.equals(value, it.next())) count++;
    }
    return count;
  }

  public static Comparator reverseOrder() {
    return Comparator.reverseOrder();
  }

  public static Comparator reverseOrder(Comparator order) {
    if (order == null) return Comparator.reverseOrder();
    return order.reversed();
  }

  public static List emptyList() {
    return new ArrayList();
  }

  public static List singletonList(Object value) {
    ArrayList list = new ArrayList(1);
    list.add(value);
    return list;
  }

  public static List nCopies(int count, Object value) {
    if (count < 0) throw new IllegalArgumentException("List length = " + count);
    ArrayList list = new ArrayList(count);
    for (int i = 0; i < count; i++) list.add(value);
    return list;
  }

  public static List unmodifiableList(List list) {
    return list;
  }

  public static Set unmodifiableSet(Set set) {
    return set;
  }

  public static Map unmodifiableMap(Map map) {
    return map;
  }

  // Arrays.asList: a copy, where the JDK gives a fixed-size view of the array.
  static List fromArray(Object[] values) {
    ArrayList list = new ArrayList(values.length);
    for (int i = 0; i < values.length; i++) list.add(values[i]);
    return list;
  }
}
