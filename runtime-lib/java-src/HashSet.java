// Kiln's runtime library: java.util.HashSet, in Java; translate.sh turns it into runtime-lib/java.util.collections.ir.
package java.util;

public class HashSet<E> extends MapBackedSet<E> implements Set<E>, Cloneable {
  // A HashMap's keys, as in the JDK, so that iteration order is the JDK's.
  public HashSet() {
    super(new HashMap<E, Object>());
  }

  public HashSet(int capacity) {
    super(new HashMap<E, Object>(capacity));
  }

  HashSet(HashMap<E, Object> map) {
    super(map);
  }

  public HashSet(Collection<E> values) {
    super(new HashMap<E, Object>(Math.max((int) (values.size() / 0.75f) + 1, 16)));
    addAll(values);
  }

  public Object clone() {
    HashSet<E> copy = new HashSet<E>();
    copy.addAll(this);
    return copy;
  }
}
