// Kiln's runtime library: java.util.LinkedList, in Java; translate.sh turns it into runtime-lib/java.util.collections.ir.
package java.util;

public class LinkedList<E> extends AbstractCollection<E> implements List<E>, Deque<E>, Cloneable {
  LinkedNode<E> first;
  LinkedNode<E> last;
  int count;
  // The JDK's modCount: links and unlinks count, for the iterator's ConcurrentModificationException.
  int modifications;

  public LinkedList() {
  }

  public LinkedList(Collection<E> values) {
    addAll(values);
  }

  public int size() {
    return count;
  }

  public boolean isEmpty() {
    return count == 0;
  }

  LinkedNode<E> node(int index) {
    if (index < 0 || index >= count) throw new IndexOutOfBoundsException("Index: " + index + ", Size: " + count);
    LinkedNode<E> node;
    if (index < (count >> 1)) {
      node = first;
      for (int i = 0; i < index; i++) node = node.next;
    } else {
      node = last;
      for (int i = count - 1; i > index; i--) node = node.previous;
    }
    return node;
  }

  void linkBefore(E value, LinkedNode<E> successor) {
    LinkedNode<E> node = new LinkedNode<E>(value);
    if (successor == null) {
      node.previous = last;
      if (last == null) first = node;
      else last.next = node;
      last = node;
    } else {
      node.previous = successor.previous;
      node.next = successor;
      if (successor.previous == null) first = node;
      else successor.previous.next = node;
      successor.previous = node;
    }
    count++;
    modifications++;
  }

  E unlink(LinkedNode<E> node) {
    if (node.previous == null) first = node.next;
    else node.previous.next = node.next;
    if (node.next == null) last = node.previous;
    else node.next.previous = node.previous;
    count--;
    modifications++;
    return node.value;
  }

  public boolean add(E value) {
    linkBefore(value, null);
    return true;
  }

  public void add(int index, E value) {
    if (index == count) linkBefore(value, null);
    else linkBefore(value, node(index));
  }

  public E get(int index) {
    return node(index).value;
  }

  public E set(int index, E value) {
    LinkedNode<E> node = node(index);
    E old = node.value;
    node.value = value;
    return old;
  }

  public E remove(int index) {
    return unlink(node(index));
  }

  public boolean remove(Object value) {
    for (LinkedNode<E> node = first; node != null; node = node.next) {
      if (Objects.equals(value, node.value)) {
        unlink(node);
        return true;
      }
    }
    return false;
  }

  public int indexOf(Object value) {
    int index = 0;
    for (LinkedNode<E> node = first; node != null; node = node.next) {
      if (Objects.equals(value, node.value)) return index;
      index++;
    }
    return -1;
  }

  public int lastIndexOf(Object value) {
    int index = count - 1;
    for (LinkedNode<E> node = last; node != null; node = node.previous) {
      if (Objects.equals(value, node.value)) return index;
      index--;
    }
    return -1;
  }

  public boolean contains(Object value) {
    return indexOf(value) >= 0;
  }

  public void clear() {
    first = null;
    last = null;
    count = 0;
    modifications++;
  }

  public void addFirst(E value) {
    linkBefore(value, first);
  }

  public void addLast(E value) {
    linkBefore(value, null);
  }

  public boolean offer(E value) {
    return add(value);
  }

  public E pollFirst() {
    return first == null ? null : unlink(first);
  }

  public E pollLast() {
    return last == null ? null : unlink(last);
  }

  public E peekFirst() {
    return first == null ? null : first.value;
  }

  public E peekLast() {
    return last == null ? null : last.value;
  }

  public E poll() {
    return pollFirst();
  }

  public E peek() {
    return peekFirst();
  }

  public E remove() {
    return removeFirst();
  }

  public Iterator<E> iterator() {
    return new LinkedListIterator<E>(this);
  }

  public Object clone() {
    return new LinkedList<E>(this);
  }

  public boolean equals(Object other) {
    if (other == this) return true;
    if (!(other instanceof List)) return false;
    List<E> list = (List<E>) other;
    if (list.size() != count) return false;
    Iterator<E> theirs = list.iterator();
    for (LinkedNode<E> node = first; node != null; node = node.next) {
      if (!Objects.equals(node.value, theirs.next())) return false;
    }
    return true;
  }

  public int hashCode() {
    int hash = 1;
    for (LinkedNode<E> node = first; node != null; node = node.next) hash = 31 * hash + Objects.hashCode(node.value);
    return hash;
  }

  static final class LinkedNode<E> {
    E value;
    LinkedNode<E> next;
    LinkedNode<E> previous;

    LinkedNode(E value) {
      this.value = value;
    }
  }

  // The JDK's: `hasNext` compares the position with the size, and a change of the list other than through
  // the iterator throws ConcurrentModificationException at its next step.
  static final class LinkedListIterator<E> implements Iterator<E> {
    final LinkedList<E> list;
    LinkedNode<E> next;
    LinkedNode<E> last;
    int nextIndex;
    int expected;

    LinkedListIterator(LinkedList<E> list) {
      this.list = list;
      this.next = list.first;
      this.expected = list.modifications;
    }

    public boolean hasNext() {
      return nextIndex < list.count;
    }

    public E next() {
      if (list.modifications != expected) throw new ConcurrentModificationException();
      if (nextIndex >= list.count) throw new NoSuchElementException();
      last = next;
      next = next.next;
      nextIndex++;
      return last.value;
    }

    public void remove() {
      if (list.modifications != expected) throw new ConcurrentModificationException();
      if (last == null) throw new IllegalStateException();
      list.unlink(last);
      nextIndex--;
      last = null;
      expected++;
    }
  }
}

// List.subList: the JDK's view of a range of a list. Reads and writes go through to the list; a structural
// change made through the view (add, remove, clear) moves its end and those of the views it was taken from;
// one made to an ArrayList or LinkedList behind the view's back makes its next use throw
// ConcurrentModificationException, as the JDK's views do.
final class SubList<E> extends AbstractList<E> {
  private final List<E> root;
  private final SubList<E> parent;
  private final int offset;
  private int size;
  private int expectedModifications;

  SubList(List<E> root, SubList<E> parent, int offset, int size) {
    this.root = root;
    this.parent = parent;
    this.offset = offset;
    this.size = size;
    this.expectedModifications = modificationsOf(root);
  }

  static void checkRange(int from, int to, int size) {
    if (from < 0) throw new IndexOutOfBoundsException("fromIndex = " + from);
    if (to > size) throw new IndexOutOfBoundsException("toIndex = " + to);
    if (from > to) throw new IllegalArgumentException("fromIndex(" + from + ") > toIndex(" + to + ")");
  }

  private static int modificationsOf(List list) {
    if (list instanceof ArrayList) return ((ArrayList) list).modifications;
    if (list instanceof LinkedList) return ((LinkedList) list).modifications;
    return 0;
  }

  private void checkForComodification() {
    if (modificationsOf(root) != expectedModifications) throw new ConcurrentModificationException();
  }

  private void checkIndex(int index) {
    if (index < 0 || index >= size) throw new IndexOutOfBoundsException("Index " + index + " out of bounds for length " + size);
  }

  // After a structural change through this view: its size and its ancestors' follow, and all of them take
  // the list's new count of changes as theirs.
  private void resize(int delta) {
    int modifications = modificationsOf(root);
    for (SubList<E> view = this; view != null; view = view.parent) {
      view.size += delta;
      view.expectedModifications = modifications;
    }
  }

  public int size() {
    checkForComodification();
    return size;
  }

  public E get(int index) {
    checkIndex(index);
    checkForComodification();
    return root.get(offset + index);
  }

  public E set(int index, E value) {
    checkIndex(index);
    checkForComodification();
    return root.set(offset + index, value);
  }

  public void add(int index, E value) {
    if (index < 0 || index > size) throw new IndexOutOfBoundsException("Index: " + index + ", Size: " + size);
    checkForComodification();
    root.add(offset + index, value);
    resize(1);
  }

  public E remove(int index) {
    checkIndex(index);
    checkForComodification();
    E removed = root.remove(offset + index);
    resize(-1);
    return removed;
  }

  protected void removeRange(int from, int to) {
    checkForComodification();
    for (int i = from; i < to; i++) root.remove(offset + from);
    resize(from - to);
  }

  public List<E> subList(int from, int to) {
    checkRange(from, to, size);
    return new SubList<E>(root, this, offset + from, to - from);
  }
}
