// Kiln's runtime library: java.util.AbstractList, in Java; translate.sh turns it into runtime-lib/java.util.collections.ir.
// A user's list that defines `get` and `size` (and `set`, `add(int, E)`, `remove(int)` to be modifiable) gets
// the rest here, as from the JDK's: iteration by index, search, equality, hashing and the text of a list.
package java.util;

public abstract class AbstractList<E> extends AbstractCollection<E> implements List<E> {
  protected int modCount;

  protected AbstractList() {
  }

  public boolean add(E value) {
    add(size(), value);
    return true;
  }

  public E set(int index, E value) {
    throw new UnsupportedOperationException();
  }

  public void add(int index, E value) {
    throw new UnsupportedOperationException();
  }

  public E remove(int index) {
    throw new UnsupportedOperationException();
  }

  public int indexOf(Object value) {
    int size = size();
    for (int i = 0; i < size; i++) {
      if (Objects.equals(value, get(i))) return i;
    }
    return -1;
  }

  public int lastIndexOf(Object value) {
    for (int i = size() - 1; i >= 0; i--) {
      if (Objects.equals(value, get(i))) return i;
    }
    return -1;
  }

  public boolean contains(Object value) {
    return indexOf(value) >= 0;
  }

  public void clear() {
    removeRange(0, size());
  }

  protected void removeRange(int from, int to) {
    for (int i = from; i < to; i++) remove(from);
  }

  public Iterator<E> iterator() {
    return new IndexListIterator<E>(this, 0);
  }

  public boolean equals(Object other) {
    if (other == this) return true;
    if (!(other instanceof List)) return false;
    Iterator<E> mine = iterator();
    Iterator theirs = ((List) other).iterator();
    while (mine.hasNext() && theirs.hasNext()) {
      if (!Objects.equals(mine.next(), theirs.next())) return false;
    }
    return !(mine.hasNext() || theirs.hasNext());
  }

  public int hashCode() {
    int hash = 1;
    Iterator<E> it = iterator();
    while (it.hasNext()) hash = 31 * hash + Objects.hashCode(it.next());
    return hash;
  }
}

// Arrays.asList: the JDK's fixed-size list over the array itself, so that `set`, `sort` and
// `Collections.reverse/shuffle/swap` write through to the array, and `add` and `remove` throw
// UnsupportedOperationException (AbstractList's). Its name is the JDK's, which getClass() shows.
final class Arrays$ArrayList extends AbstractList implements RandomAccess {
  private final Object[] array;

  Arrays$ArrayList(Object[] array) {
    this.array = Objects.requireNonNull(array);
  }

  private void checkIndex(int index) {
    if (index < 0 || index >= array.length) {
      throw new ArrayIndexOutOfBoundsException("Index " + index + " out of bounds for length " + array.length);
    }
  }

  public int size() {
    return array.length;
  }

  public Object get(int index) {
    checkIndex(index);
    return array[index];
  }

  public Object set(int index, Object value) {
    checkIndex(index);
    Object old = array[index];
    array[index] = value;
    return old;
  }

  public Object[] toArray() {
    Object[] copy = new Object[array.length];
    System.arraycopy(array, 0, copy, 0, array.length);
    return copy;
  }
}

// A list reached through its list iterator (a linked list of a program's own): `listIterator(int)` and `size`
// are the program's, and positional access walks an iterator to the index, as the JDK's does.
public abstract class AbstractSequentialList<E> extends AbstractList<E> {
  protected AbstractSequentialList() {
  }

  public abstract ListIterator<E> listIterator(int index);

  public Iterator<E> iterator() {
    return listIterator(0);
  }

  public ListIterator<E> listIterator() {
    return listIterator(0);
  }

  public E get(int index) {
    try {
      return listIterator(index).next();
    } catch (NoSuchElementException e) {
      throw new IndexOutOfBoundsException("Index: " + index);
    }
  }

  public E set(int index, E element) {
    try {
      ListIterator<E> cursor = listIterator(index);
      E old = cursor.next();
      cursor.set(element);
      return old;
    } catch (NoSuchElementException e) {
      throw new IndexOutOfBoundsException("Index: " + index);
    }
  }

  public void add(int index, E element) {
    listIterator(index).add(element);
  }

  public E remove(int index) {
    try {
      ListIterator<E> cursor = listIterator(index);
      E old = cursor.next();
      cursor.remove();
      return old;
    } catch (NoSuchElementException e) {
      throw new IndexOutOfBoundsException("Index: " + index);
    }
  }
}
