// Kiln's runtime library: java.util.TreeMap, in Java; translate.sh turns it into runtime-lib/java.util.collections.ir.
package java.util;

public class TreeMap<K, V> extends AbstractMap<K, V> implements NavigableMap<K, V>, Cloneable {
  // The entries in key order in an array, found by binary search: the JDK's order and results with a
  // simpler structure than its red-black tree (insertion and removal move the entries after the slot).
  final Comparator<K> order;
  AbstractMap.SimpleEntry<K, V>[] entries;
  int count;
  // The JDK's modCount: insertions and removals count, for the iterators' ConcurrentModificationException.
  int modifications;

  public TreeMap() {
    this.order = null;
    this.entries = (AbstractMap.SimpleEntry<K, V>[]) new AbstractMap.SimpleEntry[8];
  }

  public TreeMap(Comparator<K> order) {
    this.order = order;
    this.entries = (AbstractMap.SimpleEntry<K, V>[]) new AbstractMap.SimpleEntry[8];
  }

  public TreeMap(Map<K, V> other) {
    this.order = null;
    this.entries = (AbstractMap.SimpleEntry<K, V>[]) new AbstractMap.SimpleEntry[8];
    putAll(other);
  }

  // A sorted map's copy keeps its order, as the JDK's does.
  public TreeMap(SortedMap<K, V> other) {
    this.order = other.comparator();
    this.entries = (AbstractMap.SimpleEntry<K, V>[]) new AbstractMap.SimpleEntry[8];
    putAll(other);
  }

  int compare(Object a, Object b) {
    if (order != null) return order.compare((K) a, (K) b);
    if (a == null || b == null) throw new NullPointerException();
    return ((Comparable) a).compareTo(b);
  }

  // The slot of the key, or -(insertion point) - 1.
  int search(Object key) {
    int low = 0;
    int high = count - 1;
    while (low <= high) {
      int middle = (low + high) >>> 1;
      int c = compare(entries[middle].key, key);
      if (c < 0) low = middle + 1;
      else if (c > 0) high = middle - 1;
      else return middle;
    }
    return -(low + 1);
  }

  public int size() {
    return count;
  }

  public V get(Object key) {
    int slot = search(key);
    return slot >= 0 ? entries[slot].value : null;
  }

  public boolean containsKey(Object key) {
    return search(key) >= 0;
  }

  public V put(K key, V value) {
    if (count == 0) compare(key, key);
    int slot = search(key);
    if (slot >= 0) {
      V old = entries[slot].value;
      entries[slot].value = value;
      return old;
    }
    int at = -slot - 1;
    if (count == entries.length) entries = Arrays.copyOf(entries, count * 2);
    System.arraycopy(entries, at, entries, at + 1, count - at);
    entries[at] = new AbstractMap.SimpleEntry<K, V>(key, value);
    count++;
    modifications++;
    return null;
  }

  AbstractMap.SimpleEntry<K, V> removeAt(int slot) {
    AbstractMap.SimpleEntry<K, V> entry = entries[slot];
    System.arraycopy(entries, slot + 1, entries, slot, count - slot - 1);
    entries[--count] = null;
    modifications++;
    return entry;
  }

  public V remove(Object key) {
    int slot = search(key);
    return slot >= 0 ? removeAt(slot).value : null;
  }

  public void clear() {
    for (int i = 0; i < count; i++) entries[i] = null;
    count = 0;
    modifications++;
  }

  AbstractMap.SimpleEntry<K, V> entryAt(int slot) {
    return slot >= 0 && slot < count ? entries[slot] : null;
  }

  static Object keyOrNull(AbstractMap.SimpleEntry entry) {
    return entry == null ? null : entry.key;
  }

  static Object keyOrThrow(AbstractMap.SimpleEntry entry) {
    if (entry == null) throw new NoSuchElementException();
    return entry.key;
  }

  // The slot of the greatest key below (or at, when `inclusive`) the given one; -1 when there is none.
  int floorSlot(Object key, boolean inclusive) {
    int slot = search(key);
    if (slot >= 0) return inclusive ? slot : slot - 1;
    return -slot - 2;
  }

  // The slot of the least key above (or at) the given one; `count` when there is none.
  int ceilingSlot(Object key, boolean inclusive) {
    int slot = search(key);
    if (slot >= 0) return inclusive ? slot : slot + 1;
    return -slot - 1;
  }

  public K firstKey() {
    return (K) keyOrThrow(entryAt(0));
  }

  public K lastKey() {
    return (K) keyOrThrow(entryAt(count - 1));
  }

  public Map.Entry<K, V> firstEntry() {
    return entryAt(0);
  }

  public Map.Entry<K, V> lastEntry() {
    return entryAt(count - 1);
  }

  public Map.Entry<K, V> pollFirstEntry() {
    return count == 0 ? null : removeAt(0);
  }

  public Map.Entry<K, V> pollLastEntry() {
    return count == 0 ? null : removeAt(count - 1);
  }

  public K floorKey(K key) {
    return (K) keyOrNull(entryAt(floorSlot(key, true)));
  }

  public K lowerKey(K key) {
    return (K) keyOrNull(entryAt(floorSlot(key, false)));
  }

  public K ceilingKey(K key) {
    return (K) keyOrNull(entryAt(ceilingSlot(key, true)));
  }

  public K higherKey(K key) {
    return (K) keyOrNull(entryAt(ceilingSlot(key, false)));
  }

  public Map.Entry<K, V> floorEntry(K key) {
    return entryAt(floorSlot(key, true));
  }

  public Map.Entry<K, V> lowerEntry(K key) {
    return entryAt(floorSlot(key, false));
  }

  public Map.Entry<K, V> ceilingEntry(K key) {
    return entryAt(ceilingSlot(key, true));
  }

  public Map.Entry<K, V> higherEntry(K key) {
    return entryAt(ceilingSlot(key, false));
  }

  TreeMap<K, V> range(int from, int to) {
    TreeMap<K, V> result = new TreeMap<K, V>(order);
    for (int i = from; i < to; i++) result.put(entries[i].key, entries[i].value);
    return result;
  }

  // Copies of the range, where the JDK gives views that write through.
  public SortedMap<K, V> headMap(K toKey) {
    return range(0, ceilingSlot(toKey, true));
  }

  public NavigableMap<K, V> headMap(K toKey, boolean inclusive) {
    return range(0, ceilingSlot(toKey, !inclusive));
  }

  public SortedMap<K, V> tailMap(K fromKey) {
    return range(ceilingSlot(fromKey, true), count);
  }

  public NavigableMap<K, V> tailMap(K fromKey, boolean inclusive) {
    return range(ceilingSlot(fromKey, inclusive), count);
  }

  public SortedMap<K, V> subMap(K fromKey, K toKey) {
    return subMap(fromKey, true, toKey, false);
  }

  public NavigableMap<K, V> subMap(K fromKey, boolean fromInclusive, K toKey, boolean toInclusive) {
    if (compare(fromKey, toKey) > 0) throw new IllegalArgumentException("fromKey > toKey");
    int from = ceilingSlot(fromKey, fromInclusive);
    int to = ceilingSlot(toKey, !toInclusive);
    return range(from, to < from ? from : to);
  }

  public NavigableMap<K, V> descendingMap() {
    return descending();
  }

  TreeMap<K, V> descending() {
    TreeMap<K, V> result = new TreeMap<K, V>(Collections.reverseOrder(order));
    for (int i = 0; i < count; i++) result.put(entries[i].key, entries[i].value);
    return result;
  }

  public Comparator<K> comparator() {
    return order;
  }

  Iterator viewIterator(int kind) {
    return new TreeMapIterator(this, kind);
  }

  // Copies of the keys, where the JDK gives views (TreeSet comes after this class: second pass).
  // [second pass]
  public NavigableSet<K> navigableKeySet() {
    return new TreeSet<K>((TreeMap<K, Object>) range(0, count));
  }

  // [second pass]
  public NavigableSet<K> descendingKeySet() {
    return new TreeSet<K>((TreeMap<K, Object>) descending());
  }

  public Object clone() {
    return range(0, count);
  }

  // As the JDK's, the iterator holds the entry it returns next, found when it returned the one before, and
  // fails fast: a change of the map other than through it throws ConcurrentModificationException.
  static final class TreeMapIterator<E> implements Iterator<E> {
    final TreeMap map;
    final int kind;
    AbstractMap.SimpleEntry following;
    int next;
    int last = -1;
    int expected;

    TreeMapIterator(TreeMap map, int kind) {
      this.map = map;
      this.kind = kind;
      this.expected = map.modifications;
      this.following = map.count > 0 ? map.entries[0] : null;
    }

    public boolean hasNext() {
      return following != null;
    }

    public E next() {
      if (following == null) throw new NoSuchElementException();
      if (map.modifications != expected) throw new ConcurrentModificationException();
      AbstractMap.SimpleEntry entry = following;
      last = next++;
      following = next < map.count ? map.entries[next] : null;
      if (kind == 0) return (E) entry.key;
      if (kind == 1) return (E) entry.value;
      return (E) entry;
    }

    public void remove() {
      if (last < 0) throw new IllegalStateException();
      if (map.modifications != expected) throw new ConcurrentModificationException();
      map.removeAt(last);
      next = last;
      last = -1;
      expected = map.modifications;
    }
  }
}
