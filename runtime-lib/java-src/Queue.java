// Kiln's runtime library: java.util.Queue, in Java; translate.sh turns it into runtime-lib/java.util.collections.ir.
package java.util;

public interface Queue<E> extends Collection<E> {
  boolean offer(E value);

  E poll();

  E peek();

  default E element() {
    E value = peek();
    if (value == null && isEmpty()) throw new NoSuchElementException();
    return value;
  }

  default E remove() {
    if (isEmpty()) throw new NoSuchElementException();
    return poll();
  }
}
