// Kiln's runtime library: java.util.SortedMap, NavigableMap, SortedSet and NavigableSet, in Java; translate.sh turns
// them into runtime-lib/java.util.collections.ir. TreeMap and TreeSet implement them, with the JDK's result types
// (a compiled call to `headMap(k)` names `SortedMap`, to `headMap(k, true)` names `NavigableMap`).
package java.util;

public interface SortedMap<K, V> extends Map<K, V> {
  Comparator comparator();

  SortedMap subMap(K fromKey, K toKey);

  SortedMap headMap(K toKey);

  SortedMap tailMap(K fromKey);

  K firstKey();

  K lastKey();
}

public interface NavigableMap<K, V> extends SortedMap<K, V> {
  Map.Entry lowerEntry(K key);

  K lowerKey(K key);

  Map.Entry floorEntry(K key);

  K floorKey(K key);

  Map.Entry ceilingEntry(K key);

  K ceilingKey(K key);

  Map.Entry higherEntry(K key);

  K higherKey(K key);

  Map.Entry firstEntry();

  Map.Entry lastEntry();

  Map.Entry pollFirstEntry();

  Map.Entry pollLastEntry();

  NavigableMap descendingMap();

  NavigableSet navigableKeySet();

  NavigableSet descendingKeySet();

  NavigableMap subMap(K fromKey, boolean fromInclusive, K toKey, boolean toInclusive);

  NavigableMap headMap(K toKey, boolean inclusive);

  NavigableMap tailMap(K fromKey, boolean inclusive);
}

public interface SortedSet<E> extends Set<E> {
  Comparator comparator();

  SortedSet subSet(E fromElement, E toElement);

  SortedSet headSet(E toElement);

  SortedSet tailSet(E fromElement);

  E first();

  E last();
}

public interface NavigableSet<E> extends SortedSet<E> {
  E lower(E value);

  E floor(E value);

  E ceiling(E value);

  E higher(E value);

  E pollFirst();

  E pollLast();

  NavigableSet descendingSet();

  Iterator descendingIterator();

  NavigableSet subSet(E fromElement, boolean fromInclusive, E toElement, boolean toInclusive);

  NavigableSet headSet(E toElement, boolean inclusive);

  NavigableSet tailSet(E fromElement, boolean inclusive);
}
