// Kiln's runtime library: java.util.Collections, in Java; translate.sh turns it into runtime-lib/java.util.collections.ir.
package java.util;

import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;

public class Collections {
  private Collections() {
  }

  public static void sort(List list) {
    list.sort(null);
  }

  public static void sort(List list, Comparator order) {
    list.sort(order);
  }

  public static void reverse(List list) {
    int i = 0;
    int j = list.size() - 1;
    while (i < j) {
      Object saved = list.get(i);
      list.set(i, list.get(j));
      list.set(j, saved);
      i++;
      j--;
    }
  }

  public static void swap(List list, int i, int j) {
    list.set(i, list.set(j, list.get(i)));
  }

  // The JDK's shuffle: from the last position down, swap with a position drawn below it.
  public static void shuffle(List list, Random random) {
    for (int i = list.size(); i > 1; i--) swap(list, i - 1, random.nextInt(i));
  }

  public static void shuffle(List list) {
    shuffle(list, new Random());
  }

  public static void rotate(List list, int distance) {
    int size = list.size();
    if (size == 0) return;
    distance = distance % size;
    if (distance < 0) distance += size;
    if (distance == 0) return;
    Object[] values = list.toArray();
    for (int i = 0; i < size; i++) list.set((i + distance) % size, values[i]);
  }

  public static boolean disjoint(Collection first, Collection second) {
    Iterator it = first.iterator();
    while (it.hasNext()) {
      if (second.contains(it.next())) return false;
    }
    return true;
  }

  public static boolean addAll(Collection collection, Object... values) {
    boolean changed = false;
    for (int i = 0; i < values.length; i++) {
      if (collection.add(values[i])) changed = true;
    }
    return changed;
  }

  public static void fill(List list, Object value) {
    for (int i = 0; i < list.size(); i++) list.set(i, value);
  }

  public static void copy(List destination, List source) {
    if (source.size() > destination.size()) throw new IndexOutOfBoundsException("Source does not fit in dest");
    for (int i = 0; i < source.size(); i++) destination.set(i, source.get(i));
  }

  // The JDK's binary search: the index if found, else -(insertion point) - 1.
  public static int binarySearch(List list, Object key) {
    return binarySearch(list, key, null);
  }

  public static int binarySearch(List list, Object key, Comparator order) {
    int low = 0;
    int high = list.size() - 1;
    while (low <= high) {
      int middle = (low + high) >>> 1;
      Object value = list.get(middle);
      int comparison = order == null ? ((Comparable) value).compareTo(key) : order.compare(value, key);
      if (comparison < 0) low = middle + 1;
      else if (comparison > 0) high = middle - 1;
      else return middle;
    }
    return -(low + 1);
  }

  public static int indexOfSubList(List source, List target) {
    int last = source.size() - target.size();
    for (int start = 0; start <= last; start++) {
      boolean matches = true;
      for (int i = 0; i < target.size() && matches; i++) matches = Objects.equals(source.get(start + i), target.get(i));
      if (matches) return start;
    }
    return -1;
  }

  public static int lastIndexOfSubList(List source, List target) {
    for (int start = source.size() - target.size(); start >= 0; start--) {
      boolean matches = true;
      for (int i = 0; i < target.size() && matches; i++) matches = Objects.equals(source.get(start + i), target.get(i));
      if (matches) return start;
    }
    return -1;
  }

  public static boolean replaceAll(List list, Object old, Object replacement) {
    boolean replaced = false;
    for (int i = 0; i < list.size(); i++) {
      if (Objects.equals(list.get(i), old)) {
        list.set(i, replacement);
        replaced = true;
      }
    }
    return replaced;
  }

  // One thread: the synchronized wrappers are the collections themselves.
  public static List synchronizedList(List list) {
    return list;
  }

  public static Map synchronizedMap(Map map) {
    return map;
  }

  public static Set synchronizedSet(Set set) {
    return set;
  }

  public static Iterator emptyIterator() {
    return emptyList().iterator();
  }

  public static ListIterator emptyListIterator() {
    return emptyList().listIterator();
  }

  // [second pass]
  public static Enumeration enumeration(Collection values) {
    return new IteratorEnumeration(values.iterator());
  }

  // [second pass]
  public static Enumeration emptyEnumeration() {
    return new IteratorEnumeration(emptyList().iterator());
  }

  // [second pass]
  public static ArrayList list(Enumeration source) {
    ArrayList values = new ArrayList();
    while (source.hasMoreElements()) values.add(source.nextElement());
    return values;
  }

  public static Object max(Collection values) {
    Iterator it = values.iterator();
    Object best = it.next();
    while (it.hasNext()) {
      Object next = it.next();
      if (((Comparable) next).compareTo(best) > 0) best = next;
    }
    return best;
  }

  public static Object min(Collection values) {
    Iterator it = values.iterator();
    Object best = it.next();
    while (it.hasNext()) {
      Object next = it.next();
      if (((Comparable) next).compareTo(best) < 0) best = next;
    }
    return best;
  }

  public static Object max(Collection values, Comparator order) {
    if (order == null) return max(values);
    Iterator it = values.iterator();
    Object best = it.next();
    while (it.hasNext()) {
      Object next = it.next();
      if (order.compare(next, best) > 0) best = next;
    }
    return best;
  }

  public static Object min(Collection values, Comparator order) {
    if (order == null) return min(values);
    Iterator it = values.iterator();
    Object best = it.next();
    while (it.hasNext()) {
      Object next = it.next();
      if (order.compare(next, best) < 0) best = next;
    }
    return best;
  }

  public static int frequency(Collection values, Object value) {
    int count = 0;
    Iterator it = values.iterator();
    while (it.hasNext()) {
      if (Objects.equals(value, it.next())) count++;
    }
    return count;
  }

  public static Comparator reverseOrder() {
    return Comparator.reverseOrder();
  }

  public static Comparator reverseOrder(Comparator order) {
    if (order == null) return Comparator.reverseOrder();
    return order.reversed();
  }

  public static List emptyList() {
    return new ImmutableCollections.EmptyList();
  }

  public static Set emptySet() {
    return new ImmutableCollections.EmptySet();
  }

  public static Map emptyMap() {
    return new ImmutableCollections.EmptyMap();
  }

  public static List singletonList(Object value) {
    return new UnmodifiableList(fromArray(new Object[] {value}));
  }

  public static Set singleton(Object value) {
    HashSet set = new HashSet();
    set.add(value);
    return new UnmodifiableSet(set);
  }

  public static Map singletonMap(Object key, Object value) {
    HashMap map = new HashMap();
    map.put(key, value);
    return new UnmodifiableMap(map);
  }

  public static List nCopies(int count, Object value) {
    if (count < 0) throw new IllegalArgumentException("List length = " + count);
    ArrayList list = new ArrayList(count);
    for (int i = 0; i < count; i++) list.add(value);
    return new UnmodifiableList(list);
  }

  // The unmodifiable views: reads go to the collection, which may still change underneath; writes throw.
  public static Collection unmodifiableCollection(Collection values) {
    if (values == null) throw new NullPointerException();
    return new UnmodifiableCollection(values);
  }

  public static List unmodifiableList(List list) {
    if (list == null) throw new NullPointerException();
    return list instanceof UnmodifiableList ? list : new UnmodifiableList(list);
  }

  public static Set unmodifiableSet(Set set) {
    if (set == null) throw new NullPointerException();
    return set instanceof UnmodifiableSet ? set : new UnmodifiableSet(set);
  }

  public static Map unmodifiableMap(Map map) {
    if (map == null) throw new NullPointerException();
    return map instanceof UnmodifiableMap ? map : new UnmodifiableMap(map);
  }

  public static SortedSet unmodifiableSortedSet(SortedSet set) {
    if (set == null) throw new NullPointerException();
    return new UnmodifiableNavigableSet(set);
  }

  public static NavigableSet unmodifiableNavigableSet(NavigableSet set) {
    if (set == null) throw new NullPointerException();
    return new UnmodifiableNavigableSet(set);
  }

  public static SortedMap unmodifiableSortedMap(SortedMap map) {
    if (map == null) throw new NullPointerException();
    return new UnmodifiableNavigableMap(map);
  }

  public static NavigableMap unmodifiableNavigableMap(NavigableMap map) {
    if (map == null) throw new NullPointerException();
    return new UnmodifiableNavigableMap(map);
  }

  // [second pass]
  public static SortedSet emptySortedSet() {
    return new UnmodifiableNavigableSet(new TreeSet());
  }

  // [second pass]
  public static NavigableSet emptyNavigableSet() {
    return new UnmodifiableNavigableSet(new TreeSet());
  }

  // [second pass]
  public static SortedMap emptySortedMap() {
    return new UnmodifiableNavigableMap(new TreeMap());
  }

  // [second pass]
  public static NavigableMap emptyNavigableMap() {
    return new UnmodifiableNavigableMap(new TreeMap());
  }

  // A deque seen as a last-in-first-out queue: it adds, takes and looks at the deque's first end.
  public static Queue asLifoQueue(Deque deque) {
    return new LifoQueue(deque);
  }

  static final class LifoQueue<E> extends AbstractQueue<E> {
    private final Deque<E> deque;

    LifoQueue(Deque<E> deque) {
      this.deque = deque;
    }

    public boolean add(E value) {
      deque.addFirst(value);
      return true;
    }

    public boolean offer(E value) {
      return deque.offerFirst(value);
    }

    public E poll() {
      return deque.pollFirst();
    }

    public E remove() {
      return deque.removeFirst();
    }

    public E peek() {
      return deque.peekFirst();
    }

    public E element() {
      return deque.getFirst();
    }

    public void clear() {
      deque.clear();
    }

    public int size() {
      return deque.size();
    }

    public boolean isEmpty() {
      return deque.isEmpty();
    }

    public boolean contains(Object value) {
      return deque.contains(value);
    }

    public boolean remove(Object value) {
      return deque.remove(value);
    }

    public Iterator<E> iterator() {
      return deque.iterator();
    }

    public String toString() {
      return deque.toString();
    }
  }

  // A set whose elements are a map's keys: it adds and removes through the map, in the map's order.
  public static Set newSetFromMap(Map map) {
    if (!map.isEmpty()) throw new IllegalArgumentException("Map is non-empty");
    return new SetFromMap(map);
  }

  static final class SetFromMap<E> extends MapBackedSet<E> {
    SetFromMap(Map<E, Object> map) {
      super(map);
    }
  }

  static class UnmodifiableCollection<E> implements Collection<E> {
    final Collection<E> values;

    UnmodifiableCollection(Collection<E> values) {
      this.values = values;
    }

    public int size() {
      return values.size();
    }

    public boolean isEmpty() {
      return values.isEmpty();
    }

    public boolean contains(Object value) {
      return values.contains(value);
    }

    public boolean containsAll(Collection<E> other) {
      return values.containsAll(other);
    }

    public Object[] toArray() {
      return values.toArray();
    }

    public Iterator<E> iterator() {
      return new UnmodifiableIterator<E>(values.iterator());
    }

    public String toString() {
      return values.toString();
    }

    public boolean add(E value) {
      throw new UnsupportedOperationException();
    }

    public boolean remove(Object value) {
      throw new UnsupportedOperationException();
    }

    public boolean addAll(Collection<E> other) {
      throw new UnsupportedOperationException();
    }

    public boolean removeAll(Collection<E> other) {
      throw new UnsupportedOperationException();
    }

    public boolean retainAll(Collection<E> other) {
      throw new UnsupportedOperationException();
    }

    public boolean removeIf(Predicate<E> filter) {
      throw new UnsupportedOperationException();
    }

    public void clear() {
      throw new UnsupportedOperationException();
    }
  }

  static final class UnmodifiableIterator<E> implements Iterator<E> {
    private final Iterator<E> inner;

    UnmodifiableIterator(Iterator<E> inner) {
      this.inner = inner;
    }

    public boolean hasNext() {
      return inner.hasNext();
    }

    public E next() {
      return inner.next();
    }

    public void remove() {
      throw new UnsupportedOperationException();
    }
  }

  static final class UnmodifiableList<E> extends UnmodifiableCollection<E> implements List<E> {
    final List<E> list;

    UnmodifiableList(List<E> list) {
      super(list);
      this.list = list;
    }

    public E get(int index) {
      return list.get(index);
    }

    public int indexOf(Object value) {
      return list.indexOf(value);
    }

    public int lastIndexOf(Object value) {
      return list.lastIndexOf(value);
    }

    // A copy of the range, as List.subList makes (translate.sh's first pass has no subList to call).
    public List<E> subList(int from, int to) {
      if (from < 0) throw new IndexOutOfBoundsException("fromIndex = " + from);
      if (to > list.size()) throw new IndexOutOfBoundsException("toIndex = " + to);
      if (from > to) throw new IllegalArgumentException("fromIndex(" + from + ") > toIndex(" + to + ")");
      ArrayList<E> range = new ArrayList<E>(to - from);
      for (int i = from; i < to; i++) range.add(list.get(i));
      return new UnmodifiableList<E>(range);
    }

    public boolean equals(Object other) {
      return other == this || list.equals(other);
    }

    public int hashCode() {
      return list.hashCode();
    }

    public E set(int index, E value) {
      throw new UnsupportedOperationException();
    }

    public void add(int index, E value) {
      throw new UnsupportedOperationException();
    }

    public boolean addAll(int index, Collection<E> values) {
      throw new UnsupportedOperationException();
    }

    public E remove(int index) {
      throw new UnsupportedOperationException();
    }

    public void sort(Comparator<E> order) {
      throw new UnsupportedOperationException();
    }
  }

  static final class UnmodifiableSet<E> extends UnmodifiableCollection<E> implements Set<E> {
    UnmodifiableSet(Set<E> set) {
      super(set);
    }

    public boolean equals(Object other) {
      return other == this || values.equals(other);
    }

    public int hashCode() {
      return values.hashCode();
    }
  }

  // The sorted views read through to a navigable set or map (a set or map that is only sorted answers
  // the navigation methods with a ClassCastException, which the JDK's wrappers never reach).
  static final class UnmodifiableNavigableSet<E> extends UnmodifiableCollection<E> implements NavigableSet<E> {
    UnmodifiableNavigableSet(SortedSet<E> set) {
      super(set);
    }

    private NavigableSet<E> navigable() {
      return (NavigableSet<E>) values;
    }

    public boolean equals(Object other) {
      return other == this || values.equals(other);
    }

    public int hashCode() {
      return values.hashCode();
    }

    public Comparator comparator() {
      return ((SortedSet<E>) values).comparator();
    }

    public E first() {
      return ((SortedSet<E>) values).first();
    }

    public E last() {
      return ((SortedSet<E>) values).last();
    }

    public SortedSet subSet(E fromElement, E toElement) {
      return new UnmodifiableNavigableSet<E>(((SortedSet<E>) values).subSet(fromElement, toElement));
    }

    public SortedSet headSet(E toElement) {
      return new UnmodifiableNavigableSet<E>(((SortedSet<E>) values).headSet(toElement));
    }

    public SortedSet tailSet(E fromElement) {
      return new UnmodifiableNavigableSet<E>(((SortedSet<E>) values).tailSet(fromElement));
    }

    public E lower(E value) {
      return navigable().lower(value);
    }

    public E floor(E value) {
      return navigable().floor(value);
    }

    public E ceiling(E value) {
      return navigable().ceiling(value);
    }

    public E higher(E value) {
      return navigable().higher(value);
    }

    public E pollFirst() {
      throw new UnsupportedOperationException();
    }

    public E pollLast() {
      throw new UnsupportedOperationException();
    }

    public NavigableSet descendingSet() {
      return new UnmodifiableNavigableSet<E>(navigable().descendingSet());
    }

    public Iterator descendingIterator() {
      return new UnmodifiableIterator<E>(navigable().descendingIterator());
    }

    public NavigableSet subSet(E fromElement, boolean fromInclusive, E toElement, boolean toInclusive) {
      return new UnmodifiableNavigableSet<E>(navigable().subSet(fromElement, fromInclusive, toElement, toInclusive));
    }

    public NavigableSet headSet(E toElement, boolean inclusive) {
      return new UnmodifiableNavigableSet<E>(navigable().headSet(toElement, inclusive));
    }

    public NavigableSet tailSet(E fromElement, boolean inclusive) {
      return new UnmodifiableNavigableSet<E>(navigable().tailSet(fromElement, inclusive));
    }
  }

  static final class UnmodifiableNavigableMap<K, V> extends UnmodifiableMap<K, V> implements NavigableMap<K, V> {
    UnmodifiableNavigableMap(SortedMap<K, V> map) {
      super(map);
    }

    private NavigableMap<K, V> navigable() {
      return (NavigableMap<K, V>) map;
    }

    public Comparator comparator() {
      return ((SortedMap<K, V>) map).comparator();
    }

    public SortedMap subMap(K fromKey, K toKey) {
      return new UnmodifiableNavigableMap<K, V>(((SortedMap<K, V>) map).subMap(fromKey, toKey));
    }

    public SortedMap headMap(K toKey) {
      return new UnmodifiableNavigableMap<K, V>(((SortedMap<K, V>) map).headMap(toKey));
    }

    public SortedMap tailMap(K fromKey) {
      return new UnmodifiableNavigableMap<K, V>(((SortedMap<K, V>) map).tailMap(fromKey));
    }

    public K firstKey() {
      return ((SortedMap<K, V>) map).firstKey();
    }

    public K lastKey() {
      return ((SortedMap<K, V>) map).lastKey();
    }

    public Map.Entry lowerEntry(K key) {
      return navigable().lowerEntry(key);
    }

    public K lowerKey(K key) {
      return navigable().lowerKey(key);
    }

    public Map.Entry floorEntry(K key) {
      return navigable().floorEntry(key);
    }

    public K floorKey(K key) {
      return navigable().floorKey(key);
    }

    public Map.Entry ceilingEntry(K key) {
      return navigable().ceilingEntry(key);
    }

    public K ceilingKey(K key) {
      return navigable().ceilingKey(key);
    }

    public Map.Entry higherEntry(K key) {
      return navigable().higherEntry(key);
    }

    public K higherKey(K key) {
      return navigable().higherKey(key);
    }

    public Map.Entry firstEntry() {
      return navigable().firstEntry();
    }

    public Map.Entry lastEntry() {
      return navigable().lastEntry();
    }

    public Map.Entry pollFirstEntry() {
      throw new UnsupportedOperationException();
    }

    public Map.Entry pollLastEntry() {
      throw new UnsupportedOperationException();
    }

    public NavigableMap descendingMap() {
      return new UnmodifiableNavigableMap<K, V>(navigable().descendingMap());
    }

    public NavigableSet navigableKeySet() {
      return new UnmodifiableNavigableSet<K>(navigable().navigableKeySet());
    }

    public NavigableSet descendingKeySet() {
      return new UnmodifiableNavigableSet<K>(navigable().descendingKeySet());
    }

    public NavigableMap subMap(K fromKey, boolean fromInclusive, K toKey, boolean toInclusive) {
      return new UnmodifiableNavigableMap<K, V>(navigable().subMap(fromKey, fromInclusive, toKey, toInclusive));
    }

    public NavigableMap headMap(K toKey, boolean inclusive) {
      return new UnmodifiableNavigableMap<K, V>(navigable().headMap(toKey, inclusive));
    }

    public NavigableMap tailMap(K fromKey, boolean inclusive) {
      return new UnmodifiableNavigableMap<K, V>(navigable().tailMap(fromKey, inclusive));
    }
  }

  static class UnmodifiableMap<K, V> implements Map<K, V> {
    final Map<K, V> map;

    UnmodifiableMap(Map<K, V> map) {
      this.map = map;
    }

    public int size() {
      return map.size();
    }

    public boolean isEmpty() {
      return map.isEmpty();
    }

    public V get(Object key) {
      return map.get(key);
    }

    public boolean containsKey(Object key) {
      return map.containsKey(key);
    }

    public boolean containsValue(Object value) {
      return map.containsValue(value);
    }

    public Set<K> keySet() {
      return new UnmodifiableSet<K>(map.keySet());
    }

    public Collection<V> values() {
      return new UnmodifiableCollection<V>(map.values());
    }

    public Set<Map.Entry<K, V>> entrySet() {
      return new UnmodifiableSet<Map.Entry<K, V>>(map.entrySet());
    }

    public String toString() {
      return map.toString();
    }

    public boolean equals(Object other) {
      return other == this || map.equals(other);
    }

    public int hashCode() {
      return map.hashCode();
    }

    public V put(K key, V value) {
      throw new UnsupportedOperationException();
    }

    public V remove(Object key) {
      throw new UnsupportedOperationException();
    }

    public void clear() {
      throw new UnsupportedOperationException();
    }

    public void putAll(Map<K, V> other) {
      throw new UnsupportedOperationException();
    }

    public V putIfAbsent(K key, V value) {
      throw new UnsupportedOperationException();
    }

    public V merge(K key, V value, BiFunction<V, V, V> remapping) {
      throw new UnsupportedOperationException();
    }

    public V computeIfAbsent(K key, Function<K, V> mapping) {
      throw new UnsupportedOperationException();
    }

    public V computeIfPresent(K key, BiFunction<K, V, V> remapping) {
      throw new UnsupportedOperationException();
    }

    public V compute(K key, BiFunction<K, V, V> remapping) {
      throw new UnsupportedOperationException();
    }

    public V replace(K key, V value) {
      throw new UnsupportedOperationException();
    }
  }

  // A modifiable copy of the array.
  static List fromArray(Object[] values) {
    ArrayList list = new ArrayList(values.length);
    for (int i = 0; i < values.length; i++) list.add(values[i]);
    return list;
  }
}
