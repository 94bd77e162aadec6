// Kiln's runtime library: java.util.HashMap, in Java; translate.sh turns it into runtime-lib/java.util.collections.ir.
package java.util;

public class HashMap<K, V> extends AbstractMap<K, V> implements Map<K, V>, Cloneable {
  // The JDK's layout, so that iteration visits entries in the same order: a power-of-two table of
  // chains, a key's hash spread with its high half, chains split in order when the table doubles.
  Node<K, V>[] table;
  int count;
  int threshold;
  int modifications;
  // For LinkedHashMap: every node is also on a list in insertion (or access) order, which iteration follows.
  boolean linked;
  boolean accessOrder;
  Node<K, V> head;
  Node<K, V> tail;

  public HashMap() {
  }

  public HashMap(int capacity) {
    if (capacity < 0) throw new IllegalArgumentException("Illegal initial capacity: " + capacity);
    threshold = tableSizeFor(capacity);
  }

  public HashMap(Map<K, V> other) {
    putAll(other);
  }

  static int tableSizeFor(int capacity) {
    int n = -1 >>> Integer.numberOfLeadingZeros(capacity - 1);
    return n < 0 ? 1 : (n >= 1073741824 ? 1073741824 : n + 1);
  }

  static int hash(Object key) {
    if (key == null) return 0;
    int h = key.hashCode();
    return h ^ (h >>> 16);
  }

  public int size() {
    return count;
  }

  public boolean isEmpty() {
    return count == 0;
  }

  Node<K, V> find(Object key) {
    Node<K, V>[] tab = table;
    if (tab == null) return null;
    int h = hash(key);
    Node<K, V> node = tab[h & (tab.length - 1)];
    while (node != null) {
      if (node.hash == h && Objects.equals(node.key, key)) return node;
      node = node.next;
    }
    return null;
  }

  public V get(Object key) {
    Node<K, V> node = find(key);
    if (node == null) return null;
    if (accessOrder) moveToEnd(node);
    return node.value;
  }

  void append(Node<K, V> node) {
    if (!linked) return;
    node.before = tail;
    if (tail == null) head = node;
    else tail.after = node;
    tail = node;
  }

  void unlinkNode(Node<K, V> node) {
    if (!linked) return;
    if (node.before == null) head = node.after;
    else node.before.after = node.after;
    if (node.after == null) tail = node.before;
    else node.after.before = node.before;
    node.before = null;
    node.after = null;
  }

  // An access-ordered LinkedHashMap moves an entry it reads to the end: a structural change, as in the JDK.
  void moveToEnd(Node<K, V> node) {
    if (tail != node) {
      unlinkNode(node);
      append(node);
      modifications++;
    }
  }

  boolean removeEldestEntry(Map.Entry<K, V> eldest) {
    return false;
  }

  public boolean containsKey(Object key) {
    return find(key) != null;
  }

  public boolean containsValue(Object value) {
    Node<K, V>[] tab = table;
    if (tab == null) return false;
    for (int i = 0; i < tab.length; i++) {
      for (Node<K, V> node = tab[i]; node != null; node = node.next) {
        if (Objects.equals(value, node.value)) return true;
      }
    }
    return false;
  }

  public V put(K key, V value) {
    if (table == null) resize();
    int h = hash(key);
    int index = h & (table.length - 1);
    Node<K, V> node = table[index];
    Node<K, V> created = new Node<K, V>(h, key, value);
    if (node == null) {
      table[index] = created;
    } else {
      while (true) {
        if (node.hash == h && Objects.equals(node.key, key)) {
          V old = node.value;
          node.value = value;
          if (accessOrder) moveToEnd(node);
          return old;
        }
        if (node.next == null) break;
        node = node.next;
      }
      node.next = created;
    }
    append(created);
    modifications++;
    if (++count > threshold) resize();
    if (linked && head != null && removeEldestEntry(head)) removeNode(head.key);
    return null;
  }

  void resize() {
    Node<K, V>[] old = table;
    int oldCapacity = old == null ? 0 : old.length;
    int capacity;
    if (oldCapacity > 0) {
      capacity = oldCapacity * 2;
    } else if (threshold > 0) {
      capacity = threshold;
    } else {
      capacity = 16;
    }
    threshold = (int) (capacity * 0.75f);
    Node<K, V>[] tab = (Node<K, V>[]) new Node[capacity];
    table = tab;
    for (int i = 0; i < oldCapacity; i++) {
      Node<K, V> node = old[i];
      Node<K, V> lowHead = null, lowTail = null, highHead = null, highTail = null;
      while (node != null) {
        Node<K, V> next = node.next;
        node.next = null;
        if ((node.hash & oldCapacity) == 0) {
          if (lowTail == null) lowHead = node;
          else lowTail.next = node;
          lowTail = node;
        } else {
          if (highTail == null) highHead = node;
          else highTail.next = node;
          highTail = node;
        }
        node = next;
      }
      tab[i] = lowHead;
      tab[i + oldCapacity] = highHead;
    }
  }

  Node<K, V> removeNode(Object key) {
    Node<K, V>[] tab = table;
    if (tab == null) return null;
    int h = hash(key);
    int index = h & (tab.length - 1);
    Node<K, V> previous = null;
    Node<K, V> node = tab[index];
    while (node != null) {
      if (node.hash == h && Objects.equals(node.key, key)) {
        if (previous == null) tab[index] = node.next;
        else previous.next = node.next;
        unlinkNode(node);
        count--;
        modifications++;
        return node;
      }
      previous = node;
      node = node.next;
    }
    return null;
  }

  public V remove(Object key) {
    Node<K, V> node = removeNode(key);
    return node == null ? null : node.value;
  }

  public void clear() {
    if (table != null && count > 0) {
      for (int i = 0; i < table.length; i++) table[i] = null;
      count = 0;
      head = null;
      tail = null;
      modifications++;
    }
  }

  Iterator viewIterator(int kind) {
    return new HashMapIterator(this, kind);
  }


  public Object clone() {
    HashMap<K, V> copy = new HashMap<K, V>();
    copy.putAll(this);
    return copy;
  }

  static class Node<K, V> extends AbstractMap.SimpleEntry<K, V> {
    final int hash;
    Node<K, V> next;
    Node<K, V> before;
    Node<K, V> after;

    Node(int hash, K key, V value) {
      super(key, value);
      this.hash = hash;
    }
  }

  // The JDK's order of visits, and its failure on a change through the map: the forEach of a linked map
  // follows its list, a plain one the table it started with, and both report a change after the visits.
  public void forEach(java.util.function.BiConsumer<K, V> action) {
    if (action == null) throw new NullPointerException();
    int expected = modifications;
    if (linked) {
      for (Node<K, V> node = head; node != null; node = node.after) action.accept(node.key, node.value);
    } else if (count > 0 && table != null) {
      Node<K, V>[] tab = table;
      for (int i = 0; i < tab.length; i++) {
        for (Node<K, V> node = tab[i]; node != null; node = node.next) action.accept(node.key, node.value);
      }
    }
    if (modifications != expected) throw new ConcurrentModificationException();
  }

  // The key set (kind 0), the values (1) and the entry set (2): live views of the map. As the JDK's, an
  // iterator fails fast: a change of the map's structure other than through it throws
  // ConcurrentModificationException at its next step.
  static final class HashMapIterator<E> implements Iterator<E> {
    final HashMap map;
    final int kind;
    Node next;
    Node current;
    int index;
    int expected;

    HashMapIterator(HashMap map, int kind) {
      this.map = map;
      this.kind = kind;
      this.expected = map.modifications;
      if (map.linked) {
        next = map.head;
        return;
      }
      Node[] tab = map.table;
      if (tab != null && map.count > 0) {
        while (index < tab.length && next == null) next = tab[index++];
      }
    }

    public boolean hasNext() {
      return next != null;
    }

    public E next() {
      if (map.modifications != expected) throw new ConcurrentModificationException();
      Node node = next;
      if (node == null) throw new NoSuchElementException();
      current = node;
      if (map.linked) {
        next = node.after;
        return kind == 0 ? (E) node.key : kind == 1 ? (E) node.value : (E) node;
      }
      next = node.next;
      Node[] tab = map.table;
      while (next == null && tab != null && index < tab.length) next = tab[index++];
      if (kind == 0) return (E) node.key;
      if (kind == 1) return (E) node.value;
      return (E) node;
    }

    public void remove() {
      if (current == null) throw new IllegalStateException();
      if (map.modifications != expected) throw new ConcurrentModificationException();
      map.removeNode(current.key);
      current = null;
      expected = map.modifications;
    }
  }
}
