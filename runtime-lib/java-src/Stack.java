// Kiln's runtime library: java.util.Stack, in Java; translate.sh turns it into runtime-lib/java.util.collections.ir.
// The JDK's Stack is a Vector: its element methods are here too, and its index checks throw Vector's
// ArrayIndexOutOfBoundsException with Vector's messages rather than ArrayList's.
package java.util;

public class Stack<E> extends ArrayList<E> {
  public Stack() {
    super();
  }

  public E push(E value) {
    add(value);
    return value;
  }

  public E pop() {
    if (size() == 0) throw new EmptyStackException();
    return remove(size() - 1);
  }

  public E peek() {
    if (size() == 0) throw new EmptyStackException();
    return get(size() - 1);
  }

  public boolean empty() {
    return size() == 0;
  }

  public int search(Object value) {
    int index = lastIndexOf(value);
    return index >= 0 ? size() - index : -1;
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
