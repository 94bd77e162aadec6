// Kiln's runtime library: java.util.ArrayDeque, in Java; translate.sh turns it into runtime-lib/java.util.collections.ir.
package java.util;

public class ArrayDeque<E> extends AbstractCollection<E> implements Deque<E>, Cloneable {
  // A circular buffer: `head` is the first element's slot, `count` the number of elements.
  Object[] elements;
  int head;
  int count;

  public ArrayDeque() {
    elements = new Object[16];
  }

  public ArrayDeque(int capacity) {
    elements = new Object[capacity < 1 ? 1 : capacity];
  }

  public ArrayDeque(Collection<E> values) {
    this(values.size() + 1);
    addAll(values);
  }

  private void grow() {
    Object[] bigger = new Object[elements.length * 2];
    for (int i = 0; i < count; i++) bigger[i] = elements[(head + i) % elements.length];
    elements = bigger;
    head = 0;
  }

  public int size() {
    return count;
  }

  public boolean isEmpty() {
    return count == 0;
  }

  public void addFirst(E value) {
    if (value == null) throw new NullPointerException();
    if (count == elements.length) grow();
    head = (head - 1 + elements.length) % elements.length;
    elements[head] = value;
    count++;
  }

  public void addLast(E value) {
    if (value == null) throw new NullPointerException();
    if (count == elements.length) grow();
    elements[(head + count) % elements.length] = value;
    count++;
  }

  public boolean add(E value) {
    addLast(value);
    return true;
  }

  public boolean offer(E value) {
    addLast(value);
    return true;
  }

  public E pollFirst() {
    if (count == 0) return null;
    E value = (E) elements[head];
    elements[head] = null;
    head = (head + 1) % elements.length;
    count--;
    return value;
  }

  public E pollLast() {
    if (count == 0) return null;
    int index = (head + count - 1) % elements.length;
    E value = (E) elements[index];
    elements[index] = null;
    count--;
    return value;
  }

  public E peekFirst() {
    return count == 0 ? null : (E) elements[head];
  }

  public E peekLast() {
    return count == 0 ? null : (E) elements[(head + count - 1) % elements.length];
  }

  public E poll() {
    return pollFirst();
  }

  public E peek() {
    return peekFirst();
  }

  public void clear() {
    for (int i = 0; i < elements.length; i++) elements[i] = null;
    head = 0;
    count = 0;
  }

  E at(int index) {
    return (E) elements[(head + index) % elements.length];
  }

  void removeAt(int index) {
    for (int i = index; i < count - 1; i++) elements[(head + i) % elements.length] = elements[(head + i + 1) % elements.length];
    elements[(head + count - 1) % elements.length] = null;
    count--;
  }

  public Iterator<E> iterator() {
    return new ArrayDequeIterator<E>(this);
  }

  public Object clone() {
    return new ArrayDeque<E>(this);
  }

  static final class ArrayDequeIterator<E> implements Iterator<E> {
    final ArrayDeque<E> deque;
    int next;
    int last = -1;

    ArrayDequeIterator(ArrayDeque<E> deque) {
      this.deque = deque;
    }

    public boolean hasNext() {
      return next < deque.count;
    }

    public E next() {
      if (next >= deque.count) throw new NoSuchElementException();
      last = next++;
      return deque.at(last);
    }

    public void remove() {
      if (last < 0) throw new IllegalStateException();
      deque.removeAt(last);
      next = last;
      last = -1;
    }
  }
}
