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

  default void replaceAll(UnaryOperator<E> operator) {
    if (operator == null) throw new NullPointerException();
    for (int i = 0; i < size(); i++) set(i, operator.apply(get(i)));
  }

  static List of() {
    return new ImmutableCollections.ListN(new Object[] {});
  }

  static List of(Object e1) {
    return new ImmutableCollections.ListN(new Object[] {e1});
  }

  static List of(Object e1, Object e2) {
    return new ImmutableCollections.ListN(new Object[] {e1, e2});
  }

  static List of(Object e1, Object e2, Object e3) {
    return new ImmutableCollections.ListN(new Object[] {e1, e2, e3});
  }

  static List of(Object e1, Object e2, Object e3, Object e4) {
    return new ImmutableCollections.ListN(new Object[] {e1, e2, e3, e4});
  }

  static List of(Object e1, Object e2, Object e3, Object e4, Object e5) {
    return new ImmutableCollections.ListN(new Object[] {e1, e2, e3, e4, e5});
  }

  static List of(Object e1, Object e2, Object e3, Object e4, Object e5, Object e6) {
    return new ImmutableCollections.ListN(new Object[] {e1, e2, e3, e4, e5, e6});
  }

  static List of(Object e1, Object e2, Object e3, Object e4, Object e5, Object e6, Object e7) {
    return new ImmutableCollections.ListN(new Object[] {e1, e2, e3, e4, e5, e6, e7});
  }

  static List of(Object e1, Object e2, Object e3, Object e4, Object e5, Object e6, Object e7, Object e8) {
    return new ImmutableCollections.ListN(new Object[] {e1, e2, e3, e4, e5, e6, e7, e8});
  }

  static List of(Object e1, Object e2, Object e3, Object e4, Object e5, Object e6, Object e7, Object e8, Object e9) {
    return new ImmutableCollections.ListN(new Object[] {e1, e2, e3, e4, e5, e6, e7, e8, e9});
  }

  static List of(Object e1, Object e2, Object e3, Object e4, Object e5, Object e6, Object e7, Object e8, Object e9, Object e10) {
    return new ImmutableCollections.ListN(new Object[] {e1, e2, e3, e4, e5, e6, e7, e8, e9, e10});
  }

  static List of(Object... values) {
    return new ImmutableCollections.ListN(values);
  }

  static List copyOf(Collection values) {
    if (values instanceof ImmutableCollections.ListN) return (List) values;
    return new ImmutableCollections.ListN(values.toArray());
  }
}
