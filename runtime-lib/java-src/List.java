// Kiln's runtime library: java.util.List, in Java; translate.sh turns it into runtime-lib/java.util.collections.ir.
package java.util;

public interface List<E> extends Collection<E> {
  E get(int index);

  E set(int index, E value);

  void add(int index, E value);

  E remove(int index);

  int indexOf(Object value);

  int lastIndexOf(Object value);

  default boolean addAll(int index, Collection<E> values) {
    if (index < 0 || index > size()) throw new IndexOutOfBoundsException("Index: " + index + ", Size: " + size());
    Object[] added = values.toArray();
    for (int i = 0; i < added.length; i++) add(index + i, (E) added[i]);
    return added.length != 0;
  }

  default ListIterator<E> listIterator() {
    return new IndexListIterator<E>(this, 0);
  }

  default ListIterator<E> listIterator(int index) {
    if (index < 0 || index > size()) throw new IndexOutOfBoundsException("Index: " + index + ", Size: " + size());
    return new IndexListIterator<E>(this, index);
  }

  // The view of a range (LinkedList.java's SubList), which reads and writes through to this list.
  default List<E> subList(int from, int to) {
    SubList.checkRange(from, to, size());
    return new SubList<E>(this, null, from, to - from);
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

public interface ListIterator<E> extends Iterator<E> {
  boolean hasPrevious();

  E previous();

  int nextIndex();

  int previousIndex();

  void set(E value);

  void add(E value);
}

// A list iterator over a list's indices: `remove` and `set` act on the element last returned, `add` inserts
// before the cursor, as the JDK's do.
final class IndexListIterator<E> implements ListIterator<E> {
  final List<E> list;
  int cursor;
  int last = -1;

  IndexListIterator(List<E> list, int start) {
    this.list = list;
    this.cursor = start;
  }

  public boolean hasNext() {
    return cursor < list.size();
  }

  public E next() {
    if (cursor >= list.size()) throw new NoSuchElementException();
    last = cursor;
    cursor++;
    return list.get(last);
  }

  public boolean hasPrevious() {
    return cursor > 0;
  }

  public E previous() {
    if (cursor <= 0) throw new NoSuchElementException();
    cursor--;
    last = cursor;
    return list.get(last);
  }

  public int nextIndex() {
    return cursor;
  }

  public int previousIndex() {
    return cursor - 1;
  }

  public void remove() {
    if (last < 0) throw new IllegalStateException();
    list.remove(last);
    if (last < cursor) cursor--;
    last = -1;
  }

  public void set(E value) {
    if (last < 0) throw new IllegalStateException();
    list.set(last, value);
  }

  public void add(E value) {
    list.add(cursor, value);
    cursor++;
    last = -1;
  }
}

// The JDK's marker of lists with fast access by index (ArrayList and the lists built on it, Arrays.asList).
public interface RandomAccess {
}
