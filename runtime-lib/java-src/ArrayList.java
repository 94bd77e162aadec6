// Kiln's runtime library: java.util.ArrayList, in Java; translate.sh turns it into runtime-lib/java.util.collections.ir.
package java.util;

import java.util.function.Predicate;

public class ArrayList<E> extends AbstractCollection<E> implements List<E>, Cloneable {
  private Object[] elements;
  private int count;

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
    grow(count + 1);
    elements[count++] = value;
    return true;
  }

  public void add(int index, E value) {
    if (index < 0 || index > count) throw new IndexOutOfBoundsException("Index: " + index + ", Size: " + count);
    grow(count + 1);
    System.arraycopy(elements, index, elements, index + 1, count - index);
    elements[index] = value;
    count++;
  }

  public E remove(int index) {
    checkIndex(index);
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
    for (int i = 0; i < count; i++) elements[i] = null;
    count = 0;
  }

  public boolean addAll(Collection<E> values) {
    Object[] added = values.toArray();
    grow(count + added.length);
    System.arraycopy(added, 0, elements, count, added.length);
    count += added.length;
    return added.length != 0;
  }

  public boolean removeIf(Predicate<E> filter) {
    if (filter == null) throw new NullPointerException();
    int kept = 0;
    for (int i = 0; i < count; i++) {
      if (!filter.test((E) elements[i])) elements[kept++] = elements[i];
    }
    boolean changed = kept != count;
    for (int i = kept; i < count; i++) elements[i] = null;
    count = kept;
    return changed;
  }

  public Object[] toArray() {
    return Arrays.copyOf(elements, count);
  }

  public void sort(Comparator<E> order) {
    Object[] values = Arrays.copyOf(elements, count);
    if (order == null) Arrays.sort(values);
    else Arrays.sort(values, order);
    System.arraycopy(values, 0, elements, 0, count);
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

  static final class ArrayListIterator<E> implements Iterator<E> {
    private final ArrayList<E> list;
    private int next;
    private int last = -1;

    ArrayListIterator(ArrayList<E> list) {
      this.list = list;
    }

    public boolean hasNext() {
      return next < list.count;
    }

    public E next() {
      if (next >= list.count) throw new NoSuchElementException();
      last = next;
      next++;
      return (E) list.elements[last];
    }

    public void remove() {
      if (last < 0) throw new IllegalStateException();
      list.remove(last);
      next = last;
      last = -1;
    }
  }
}
