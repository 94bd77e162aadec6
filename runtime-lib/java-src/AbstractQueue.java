// Kiln's runtime library: java.util.AbstractQueue, in Java; translate.sh turns it into runtime-lib/java.util.collections.ir.
package java.util;

// A user's queue defines `offer`, `poll`, `peek`, `size` and `iterator`; the throwing forms are here.
public abstract class AbstractQueue<E> extends AbstractCollection<E> implements Queue<E> {
  protected AbstractQueue() {
  }

  public boolean add(E value) {
    if (offer(value)) return true;
    throw new IllegalStateException("Queue full");
  }

  public E remove() {
    E value = poll();
    if (value == null) throw new NoSuchElementException();
    return value;
  }

  public E element() {
    E value = peek();
    if (value == null) throw new NoSuchElementException();
    return value;
  }

  public void clear() {
    while (poll() != null) {
    }
  }

  public boolean addAll(Collection<E> values) {
    if (values == null) throw new NullPointerException();
    if (values == this) throw new IllegalArgumentException();
    boolean changed = false;
    Iterator<E> it = values.iterator();
    while (it.hasNext()) {
      if (add(it.next())) changed = true;
    }
    return changed;
  }
}
