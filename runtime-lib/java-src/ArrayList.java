// Kiln's runtime library: java.util.ArrayList, in Java; translate.sh turns it into runtime-lib/java.util.collections.ir.
package java.util;

import java.util.function.Consumer;
import java.util.function.Predicate;

public class ArrayList<E> extends AbstractCollection<E> implements List<E>, RandomAccess, Cloneable {
  private Object[] elements;
  private int count;
  // The JDK's modCount: structural changes (size, order) count, so that an iterator, forEach, removeIf
  // or sort that sees the list change under it throws ConcurrentModificationException as the JDK's do.
  int modifications;

  public ArrayList() {
    elements = new Object[10];
  }

  public ArrayList(int capacity) {
    if (capacity < 0) throw new IllegalArgumentException("Illegal Capacity: " + capacity);
    elements = new Object[capacity];
  }

  public ArrayList(Collection<E> values) {
    elements = values.toArray();
    count = elements.length;
  }

  private void checkIndex(int index) {
    if (index < 0 || index >= count) throw new IndexOutOfBoundsException("Index " + index + " out of bounds for length " + count);
  }

  private void grow(int needed) {
    if (needed > elements.length) {
      int capacity = elements.length + (elements.length >> 1);
      if (capacity < needed) capacity = needed;
      elements = Arrays.copyOf(elements, capacity);
    }
  }

  public int size() {
    return count;
  }

  public boolean isEmpty() {
    return count == 0;
  }

  public E get(int index) {
    checkIndex(index);
    return (E) elements[index];
  }

  public E set(int index, E value) {
    checkIndex(index);
    E old = (E) elements[index];
    elements[index] = value;
    return old;
  }

  public boolean add(E value) {
    modifications++;
    grow(count + 1);
    elements[count++] = value;
    return true;
  }

  public void add(int index, E value) {
    if (index < 0 || index > count) throw new IndexOutOfBoundsException("Index: " + index + ", Size: " + count);
    modifications++;
    grow(count + 1);
    System.arraycopy(elements, index, elements, index + 1, count - index);
    elements[index] = value;
    count++;
  }

  public E remove(int index) {
    checkIndex(index);
    modifications++;
    E old = (E) elements[index];
    System.arraycopy(elements, index + 1, elements, index, count - index - 1);
    elements[--count] = null;
    return old;
  }

  public boolean remove(Object value) {
    int index = indexOf(value);
    if (index < 0) return false;
    remove(index);
    return true;
  }

  public int indexOf(Object value) {
    for (int i = 0; i < count; i++) {
      if (Objects.equals(value, elements[i])) return i;
    }
    return -1;
  }

  public int lastIndexOf(Object value) {
    for (int i = count - 1; i >= 0; i--) {
      if (Objects.equals(value, elements[i])) return i;
    }
    return -1;
  }

  public boolean contains(Object value) {
    return indexOf(value) >= 0;
  }

  public void clear() {
    modifications++;
    for (int i = 0; i < count; i++) elements[i] = null;
    count = 0;
  }

  public boolean addAll(Collection<E> values) {
    Object[] added = values.toArray();
    modifications++;
    grow(count + added.length);
    System.arraycopy(added, 0, elements, count, added.length);
    count += added.length;
    return added.length != 0;
  }

  // As the JDK's: every element is tested (against the array as it was) before any is removed, and a
  // filter that changed the list is reported after the tests.
  public boolean removeIf(Predicate<E> filter) {
    if (filter == null) throw new NullPointerException();
    int expected = modifications;
    Object[] tested = elements;
    int end = count;
    int first = 0;
    while (first < end && !filter.test((E) tested[first])) first++;
    if (first == end) {
      if (modifications != expected) throw new ConcurrentModificationException();
      return false;
    }
    boolean[] removed = new boolean[end];
    removed[first] = true;
    for (int i = first + 1; i < end; i++) {
      if (filter.test((E) tested[i])) removed[i] = true;
    }
    if (modifications != expected) throw new ConcurrentModificationException();
    modifications++;
    int kept = first;
    for (int i = first; i < end; i++) {
      if (!removed[i]) elements[kept++] = elements[i];
    }
    for (int i = kept; i < count; i++) elements[i] = null;
    count = kept;
    return true;
  }

  public Object[] toArray() {
    return Arrays.copyOf(elements, count);
  }

  public void sort(Comparator<E> order) {
    int expected = modifications;
    Object[] values = Arrays.copyOf(elements, count);
    if (order == null) Arrays.sort(values);
    else Arrays.sort(values, order);
    if (modifications != expected) throw new ConcurrentModificationException();
    System.arraycopy(values, 0, elements, 0, count);
    modifications++;
  }

  public void forEach(Consumer<E> action) {
    if (action == null) throw new NullPointerException();
    int expected = modifications;
    for (int i = 0; modifications == expected && i < count; i++) action.accept((E) elements[i]);
    if (modifications != expected) throw new ConcurrentModificationException();
  }

  public Iterator<E> iterator() {
    return new ArrayListIterator<E>(this);
  }

  public void ensureCapacity(int capacity) {
    grow(capacity);
  }

  public void trimToSize() {
  }

  public Object clone() {
    ArrayList<E> copy = new ArrayList<E>(count);
    System.arraycopy(elements, 0, copy.elements, 0, count);
    copy.count = count;
    return copy;
  }

  public boolean equals(Object other) {
    if (other == this) return true;
    if (!(other instanceof List)) return false;
    List<E> list = (List<E>) other;
    if (list.size() != count) return false;
    Iterator<E> it = list.iterator();
    for (int i = 0; i < count; i++) {
      if (!Objects.equals(elements[i], it.next())) return false;
    }
    return true;
  }

  public int hashCode() {
    int hash = 1;
    for (int i = 0; i < count; i++) hash = 31 * hash + Objects.hashCode(elements[i]);
    return hash;
  }

  // Whether an iterator may remove: not from the unmodifiable lists, whose iterators throw
  // UnsupportedOperationException at once, as the JDK's do.
  boolean removable() {
    return true;
  }

  // The JDK's: `hasNext` compares the cursor with the size for inequality, so after a removal through
  // the list the loop goes on and `next` reports the change.
  static final class ArrayListIterator<E> implements Iterator<E> {
    private final ArrayList<E> list;
    private int next;
    private int last = -1;
    private int expected;

    ArrayListIterator(ArrayList<E> list) {
      this.list = list;
      this.expected = list.modifications;
    }

    public boolean hasNext() {
      return next != list.count;
    }

    public E next() {
      if (list.modifications != expected) throw new ConcurrentModificationException();
      if (next >= list.count) throw new NoSuchElementException();
      last = next;
      next++;
      return (E) list.elements[last];
    }

    public void remove() {
      if (!list.removable()) throw new UnsupportedOperationException();
      if (last < 0) throw new IllegalStateException();
      if (list.modifications != expected) throw new ConcurrentModificationException();
      list.remove(last);
      next = last;
      last = -1;
      expected = list.modifications;
    }
  }
}
