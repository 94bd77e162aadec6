// Kiln's runtime library: java.util.Set, in Java; translate.sh turns it into runtime-lib/java.util.collections.ir.
package java.util;

public interface Set<E> extends Collection<E> {
  static Set of(Object... values) {
    HashSet set = new HashSet();
    for (int i = 0; i < values.length; i++) {
      if (values[i] == null) throw new NullPointerException();
      if (!set.add(values[i])) throw new IllegalArgumentException("duplicate element: " + values[i]);
    }
    return set;
  }
}
