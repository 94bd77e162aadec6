// Kiln's runtime library: java.util.Deque, in Java; translate.sh turns it into runtime-lib/java.util.collections.ir.
package java.util;

public interface Deque<E> extends Queue<E> {
  void addFirst(E value);

  void addLast(E value);

  E pollFirst();

  E pollLast();

  E peekFirst();

  E peekLast();

  default boolean offerFirst(E value) {
    addFirst(value);
    return true;
  }

  default boolean offerLast(E value) {
    addLast(value);
    return true;
  }

  default E removeFirst() {
    if (isEmpty()) throw new NoSuchElementException();
    return pollFirst();
  }

  default E removeLast() {
    if (isEmpty()) throw new NoSuchElementException();
    return pollLast();
  }

  default E getFirst() {
    if (isEmpty()) throw new NoSuchElementException();
    return peekFirst();
  }

  default E getLast() {
    if (isEmpty()) throw new NoSuchElementException();
    return peekLast();
  }

  default void push(E value) {
    addFirst(value);
  }

  default E pop() {
    return removeFirst();
  }
}
