// Kiln's runtime library: java.util.MapBackedSet, in Java; translate.sh turns it into runtime-lib/java.util.collections.ir.
package java.util;

// The keys of a map as a set, as HashSet and TreeSet are in the JDK (which gives each its own copy of this).
abstract class MapBackedSet<E> extends AbstractSet<E> {
  final Map<E, Object> map;

  MapBackedSet(Map<E, Object> map) {
    this.map = map;
  }

  public int size() {
    return map.size();
  }

  public boolean isEmpty() {
    return map.size() == 0;
  }

  public boolean contains(Object value) {
    return map.containsKey(value);
  }

  public boolean add(E value) {
    return map.put(value, Boolean.TRUE) == null;
  }

  public boolean remove(Object value) {
    if (!map.containsKey(value)) return false;
    map.remove(value);
    return true;
  }

  public void clear() {
    map.clear();
  }

  public Iterator<E> iterator() {
    return map.keySet().iterator();
  }
}
