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

  // Over a copy, backwards: the iterator cannot remove. (ArrayList comes later: second pass.)
  // [second pass]
  default Iterator<E> descendingIterator() {
    Object[] values = toArray();
    List<E> reversed = new ArrayList<E>();
    for (int i = values.length - 1; i >= 0; i--) reversed.add((E) values[i]);
    return Collections.unmodifiableList(reversed).iterator();
  }

  default boolean removeFirstOccurrence(Object value) {
    return remove(value);
  }

  default boolean removeLastOccurrence(Object value) {
    Object[] values = toArray();
    int last = -1;
    for (int i = 0; i < values.length; i++) {
      if (Objects.equals(values[i], value)) last = i;
    }
    if (last < 0) return false;
    clear();
    for (int i = 0; i < values.length; i++) {
      if (i != last) addLast((E) values[i]);
    }
    return true;
  }
}
