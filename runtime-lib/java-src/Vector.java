// Kiln's runtime library: java.util.Vector and java.util.Enumeration, in Java; translate.sh turns them into runtime-lib/java.util.collections.ir.
// Vector's element methods, and its index checks that throw ArrayIndexOutOfBoundsException with Vector's
// messages rather than ArrayList's. Kiln's Vector extends ArrayList (the JDK's extends AbstractList): one
// array-backed list, so `instanceof ArrayList` holds for a Vector here, where it does not on the JVM.
package java.util;

public interface Enumeration<E> {
  boolean hasMoreElements();

  E nextElement();

  default Iterator<E> asIterator() {
    return new EnumerationIterator<E>(this);
  }
}

final class EnumerationIterator<E> implements Iterator<E> {
  final Enumeration<E> source;

  EnumerationIterator(Enumeration<E> source) {
    this.source = source;
  }

  public boolean hasNext() {
    return source.hasMoreElements();
  }

  public E next() {
    return source.nextElement();
  }
}

// An enumeration over an iterator: Vector.elements, Hashtable.keys and elements, Collections.enumeration.
final class IteratorEnumeration<E> implements Enumeration<E> {
  final Iterator<E> source;

  IteratorEnumeration(Iterator<E> source) {
    this.source = source;
  }

  public boolean hasMoreElements() {
    return source.hasNext();
  }

  public E nextElement() {
    return source.next();
  }
}

public class Vector<E> extends ArrayList<E> {
  public Vector() {
    super();
  }

  public Vector(int capacity) {
    super(capacity);
  }

  public Vector(int capacity, int increment) {
    super(capacity);
  }

  public Vector(Collection<E> values) {
    super(values);
  }

  // Vector's own index checks, with its older messages.
  public ListIterator<E> listIterator(int index) {
    if (index < 0 || index > size()) throw new IndexOutOfBoundsException("Index: " + index);
    return new IndexListIterator<E>(this, index);
  }

  public boolean addAll(int index, Collection<E> values) {
    if (index < 0 || index > size()) throw new ArrayIndexOutOfBoundsException("Array index out of range: " + index);
    Object[] added = values.toArray();
    for (int i = 0; i < added.length; i++) add(index + i, (E) added[i]);
    return added.length != 0;
  }

  public Enumeration<E> elements() {
    return new IteratorEnumeration<E>(iterator());
  }

  private void checkVectorIndex(int index) {
    if (index >= size()) throw new ArrayIndexOutOfBoundsException("Array index out of range: " + index);
    if (index < 0) throw new ArrayIndexOutOfBoundsException("Index " + index + " out of bounds for length " + size());
  }

  public E get(int index) {
    checkVectorIndex(index);
    return super.get(index);
  }

  public E set(int index, E value) {
    checkVectorIndex(index);
    return super.set(index, value);
  }

  public E remove(int index) {
    checkVectorIndex(index);
    return super.remove(index);
  }

  public void add(int index, E value) {
    if (index > size()) throw new ArrayIndexOutOfBoundsException(index + " > " + size());
    super.add(index, value);
  }

  public E elementAt(int index) {
    if (index >= size()) throw new ArrayIndexOutOfBoundsException(index + " >= " + size());
    return super.get(index);
  }

  public E firstElement() {
    if (size() == 0) throw new NoSuchElementException();
    return super.get(0);
  }

  public E lastElement() {
    if (size() == 0) throw new NoSuchElementException();
    return super.get(size() - 1);
  }

  public void addElement(E value) {
    add(value);
  }

  public void insertElementAt(E value, int index) {
    add(index, value);
  }

  public void setElementAt(E value, int index) {
    if (index >= size()) throw new ArrayIndexOutOfBoundsException(index + " >= " + size());
    super.set(index, value);
  }

  public void removeElementAt(int index) {
    if (index >= size()) throw new ArrayIndexOutOfBoundsException(index + " >= " + size());
    if (index < 0) throw new ArrayIndexOutOfBoundsException(index);
    super.remove(index);
  }

  public boolean removeElement(Object value) {
    return remove(value);
  }

  public void removeAllElements() {
    clear();
  }

  public int indexOf(Object value, int from) {
    for (int i = from; i < size(); i++) {
      if (Objects.equals(value, super.get(i))) return i;
    }
    return -1;
  }

  public int lastIndexOf(Object value, int from) {
    if (from >= size()) throw new IndexOutOfBoundsException(from + " >= " + size());
    for (int i = from; i >= 0; i--) {
      if (Objects.equals(value, super.get(i))) return i;
    }
    return -1;
  }

  public void setSize(int size) {
    if (size < 0) throw new ArrayIndexOutOfBoundsException(size);
    while (size() > size) super.remove(size() - 1);
    while (size() < size) add(null);
  }

  public void copyInto(Object[] target) {
    for (int i = 0; i < size(); i++) target[i] = super.get(i);
  }
}
