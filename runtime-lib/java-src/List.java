// Kiln's runtime library: java.util.List, in Java; translate.sh turns it into runtime-lib/java.util.collections.ir.
package java.util;

public interface List<E> extends Collection<E> {
  E get(int index);

  E set(int index, E value);

  void add(int index, E value);

  E remove(int index);

  int indexOf(Object value);

  int lastIndexOf(Object value);

  // A copy of the range, where the JDK gives a view that writes through to the list.
  default List<E> subList(int from, int to) {
    if (from < 0) throw new IndexOutOfBoundsException("fromIndex = " + from);
    if (to > size()) throw new IndexOutOfBoundsException("toIndex = " + to);
    if (from > to) throw new IllegalArgumentException("fromIndex(" + from + ") > toIndex(" + to + ")");
    ArrayList<E> result = new ArrayList<E>(to - from);
    for (int i = from; i < to; i++) result.add(get(i));
    return result;
  }

  default void sort(Comparator<E> order) {
    Object[] values = toArray();
    if (order == null) Arrays.sort(values);
    else Arrays.sort(values, order);
    for (int i = 0; i < values.length; i++) set(i, (E) values[i]);
  }

  static List of(Object... values) {
    ArrayList list = new ArrayList(values.length);
    for (int i = 0; i < values.length; i++) {
      if (values[i] == null) throw new NullPointerException();
      list.add(values[i]);
    }
    return list;
  }
}
