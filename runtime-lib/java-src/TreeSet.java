// Kiln's runtime library: java.util.TreeSet, in Java; translate.sh turns it into runtime-lib/java.util.collections.ir.
package java.util;

public class TreeSet<E> extends MapBackedSet<E> implements NavigableSet<E>, Cloneable {
  // A TreeMap's keys, as in the JDK.

  public TreeSet() {
    super(new TreeMap<E, Object>());
  }

  public TreeSet(Comparator<E> order) {
    super(new TreeMap<E, Object>(order));
  }

  public TreeSet(Collection<E> values) {
    super(new TreeMap<E, Object>());
    addAll(values);
  }

  // A sorted set's copy keeps its order, as the JDK's does.
  public TreeSet(SortedSet<E> values) {
    super(new TreeMap<E, Object>(values.comparator()));
    addAll(values);
  }

  // A TreeMap's keys, or a range of them: headSet, tailSet and subSet are views, as the JDK's.
  TreeSet(NavigableMap<E, Object> map) {
    super(map);
  }

  NavigableMap<E, Object> tree() {
    return (NavigableMap<E, Object>) map;
  }

  public E first() {
    return tree().firstKey();
  }

  public E last() {
    return tree().lastKey();
  }

  public E floor(E value) {
    return tree().floorKey(value);
  }

  public E lower(E value) {
    return tree().lowerKey(value);
  }

  public E ceiling(E value) {
    return tree().ceilingKey(value);
  }

  public E higher(E value) {
    return tree().higherKey(value);
  }

  public E pollFirst() {
    Map.Entry<E, Object> entry = tree().pollFirstEntry();
    return entry == null ? null : entry.getKey();
  }

  public E pollLast() {
    Map.Entry<E, Object> entry = tree().pollLastEntry();
    return entry == null ? null : entry.getKey();
  }

  public SortedSet<E> headSet(E toValue) {
    return new TreeSet<E>((NavigableMap<E, Object>) tree().headMap(toValue));
  }

  public NavigableSet<E> headSet(E toValue, boolean inclusive) {
    return new TreeSet<E>((NavigableMap<E, Object>) tree().headMap(toValue, inclusive));
  }

  public SortedSet<E> tailSet(E fromValue) {
    return new TreeSet<E>((NavigableMap<E, Object>) tree().tailMap(fromValue));
  }

  public NavigableSet<E> tailSet(E fromValue, boolean inclusive) {
    return new TreeSet<E>((NavigableMap<E, Object>) tree().tailMap(fromValue, inclusive));
  }

  public SortedSet<E> subSet(E fromValue, E toValue) {
    return new TreeSet<E>((NavigableMap<E, Object>) tree().subMap(fromValue, toValue));
  }

  public NavigableSet<E> subSet(E fromValue, boolean fromInclusive, E toValue, boolean toInclusive) {
    return new TreeSet<E>((NavigableMap<E, Object>) tree().subMap(fromValue, fromInclusive, toValue, toInclusive));
  }

  // A copy in the reverse order, where the JDK gives a view.
  public NavigableSet<E> descendingSet() {
    return new TreeSet<E>((NavigableMap<E, Object>) tree().descendingMap());
  }

  public Iterator<E> descendingIterator() {
    return tree().descendingMap().keySet().iterator();
  }

  public Comparator<E> comparator() {
    return tree().comparator();
  }

  public Object clone() {
    return new TreeSet<E>((NavigableMap<E, Object>) new TreeMap<E, Object>((SortedMap<E, Object>) tree()));
  }
}
