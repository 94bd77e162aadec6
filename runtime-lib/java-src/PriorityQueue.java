// Kiln's runtime library: java.util.PriorityQueue, in Java; translate.sh turns it into runtime-lib/java.util.collections.ir.
package java.util;

public class PriorityQueue<E> extends AbstractCollection<E> implements Queue<E>, Cloneable {
  // A binary heap in an array, with the JDK's sift-up and sift-down, so that the array (which iteration
  // and toString show) holds the elements in the same places as on the JVM.
  Object[] heap;
  int count;
  // The JDK's modCount, for the iterator's ConcurrentModificationException.
  int modifications;
  final Comparator<E> order;

  public PriorityQueue() {
    this(11, null);
  }

  public PriorityQueue(int capacity) {
    this(capacity, null);
  }

  public PriorityQueue(Comparator<E> order) {
    this(11, order);
  }

  public PriorityQueue(int capacity, Comparator<E> order) {
    if (capacity < 1) throw new IllegalArgumentException();
    this.heap = new Object[capacity];
    this.order = order;
  }

  public PriorityQueue(Collection<E> values) {
    this.order = null;
    this.heap = values.toArray();
    this.count = heap.length;
    if (heap.length == 0) heap = new Object[1];
    for (int i = 0; i < count; i++) {
      if (heap[i] == null) throw new NullPointerException();
      comparable(heap[i]);
    }
    for (int i = (count >>> 1) - 1; i >= 0; i--) siftDown(i, heap[i]);
  }

  int compare(Object a, Object b) {
    if (order != null) return order.compare((E) a, (E) b);
    return comparable(a).compareTo(b);
  }

  // The JDK's ClassCastException for an element that is not Comparable, the first one too (the library's
  // casts are unchecked).
  static Comparable comparable(Object value) {
    if (!(value instanceof Comparable)) throw KilnRuntime.classCast(value, "java.lang.Comparable");
    return (Comparable) value;
  }

  void siftUp(int index, Object value) {
    while (index > 0) {
      int parent = (index - 1) >>> 1;
      Object above = heap[parent];
      if (compare(value, above) >= 0) break;
      heap[index] = above;
      index = parent;
    }
    heap[index] = value;
  }

  void siftDown(int index, Object value) {
    int half = count >>> 1;
    while (index < half) {
      int child = (index << 1) + 1;
      Object smaller = heap[child];
      int right = child + 1;
      if (right < count && compare(smaller, heap[right]) > 0) {
        child = right;
        smaller = heap[child];
      }
      if (compare(value, smaller) <= 0) break;
      heap[index] = smaller;
      index = child;
    }
    heap[index] = value;
  }

  public int size() {
    return count;
  }

  public boolean isEmpty() {
    return count == 0;
  }

  public boolean offer(E value) {
    if (value == null) throw new NullPointerException();
    if (count >= heap.length) {
      int capacity = heap.length < 64 ? heap.length * 2 + 2 : heap.length + (heap.length >> 1);
      heap = Arrays.copyOf(heap, capacity);
    }
    if (order == null) comparable(value);
    modifications++;
    siftUp(count++, value);
    return true;
  }

  public boolean add(E value) {
    return offer(value);
  }

  public E peek() {
    return count == 0 ? null : (E) heap[0];
  }

  public E poll() {
    if (count == 0) return null;
    E result = (E) heap[0];
    modifications++;
    int last = --count;
    Object moved = heap[last];
    heap[last] = null;
    if (last > 0) siftDown(0, moved);
    return result;
  }

  int indexOf(Object value) {
    if (value != null) {
      for (int i = 0; i < count; i++) {
        if (value.equals(heap[i])) return i;
      }
    }
    return -1;
  }

  void removeAt(int index) {
    modifications++;
    int last = --count;
    if (last == index) {
      heap[index] = null;
    } else {
      Object moved = heap[last];
      heap[last] = null;
      siftDown(index, moved);
      if (heap[index] == moved) siftUp(index, moved);
    }
  }

  public boolean remove(Object value) {
    int index = indexOf(value);
    if (index < 0) return false;
    removeAt(index);
    return true;
  }

  public boolean contains(Object value) {
    return indexOf(value) >= 0;
  }

  public void clear() {
    modifications++;
    for (int i = 0; i < count; i++) heap[i] = null;
    count = 0;
  }

  public Object[] toArray() {
    return Arrays.copyOf(heap, count);
  }

  public Comparator<E> comparator() {
    return order;
  }

  public Iterator<E> iterator() {
    return new PriorityQueueIterator<E>(this);
  }

  static final class PriorityQueueIterator<E> implements Iterator<E> {
    final PriorityQueue<E> queue;
    int next;
    int last = -1;
    int expected;

    PriorityQueueIterator(PriorityQueue<E> queue) {
      this.queue = queue;
      this.expected = queue.modifications;
    }

    public boolean hasNext() {
      return next < queue.count;
    }

    public E next() {
      if (queue.modifications != expected) throw new ConcurrentModificationException();
      if (next >= queue.count) throw new NoSuchElementException();
      last = next++;
      return (E) queue.heap[last];
    }

    public void remove() {
      if (last < 0) throw new IllegalStateException();
      if (queue.modifications != expected) throw new ConcurrentModificationException();
      queue.removeAt(last);
      next = last;
      last = -1;
      expected = queue.modifications;
    }
  }
}
