// Kiln's runtime library: java.util.LinkedHashSet, in Java; translate.sh turns it into runtime-lib/java.util.collections.ir.
package java.util;

public class LinkedHashSet<E> extends HashSet<E> {
  public LinkedHashSet() {
    super(new LinkedHashMap<E, Object>());
  }

  public LinkedHashSet(int capacity) {
    super(new LinkedHashMap<E, Object>(capacity));
  }

  public LinkedHashSet(Collection<E> values) {
    super(new LinkedHashMap<E, Object>());
    addAll(values);
  }
}
