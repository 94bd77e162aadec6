// Kiln's runtime library: java.util.Set, in Java; translate.sh turns it into runtime-lib/java.util.collections.ir.
package java.util;

public interface Set<E> extends Collection<E> {
  static Set of() {
    return new ImmutableCollections.SetN(new Object[] {}, false);
  }

  static Set of(Object e1) {
    return new ImmutableCollections.SetN(new Object[] {e1}, false);
  }

  static Set of(Object e1, Object e2) {
    return new ImmutableCollections.SetN(new Object[] {e1, e2}, false);
  }

  static Set of(Object e1, Object e2, Object e3) {
    return new ImmutableCollections.SetN(new Object[] {e1, e2, e3}, false);
  }

  static Set of(Object e1, Object e2, Object e3, Object e4) {
    return new ImmutableCollections.SetN(new Object[] {e1, e2, e3, e4}, false);
  }

  static Set of(Object e1, Object e2, Object e3, Object e4, Object e5) {
    return new ImmutableCollections.SetN(new Object[] {e1, e2, e3, e4, e5}, false);
  }

  static Set of(Object e1, Object e2, Object e3, Object e4, Object e5, Object e6) {
    return new ImmutableCollections.SetN(new Object[] {e1, e2, e3, e4, e5, e6}, false);
  }

  static Set of(Object e1, Object e2, Object e3, Object e4, Object e5, Object e6, Object e7) {
    return new ImmutableCollections.SetN(new Object[] {e1, e2, e3, e4, e5, e6, e7}, false);
  }

  static Set of(Object e1, Object e2, Object e3, Object e4, Object e5, Object e6, Object e7, Object e8) {
    return new ImmutableCollections.SetN(new Object[] {e1, e2, e3, e4, e5, e6, e7, e8}, false);
  }

  static Set of(Object e1, Object e2, Object e3, Object e4, Object e5, Object e6, Object e7, Object e8, Object e9) {
    return new ImmutableCollections.SetN(new Object[] {e1, e2, e3, e4, e5, e6, e7, e8, e9}, false);
  }

  static Set of(Object e1, Object e2, Object e3, Object e4, Object e5, Object e6, Object e7, Object e8, Object e9, Object e10) {
    return new ImmutableCollections.SetN(new Object[] {e1, e2, e3, e4, e5, e6, e7, e8, e9, e10}, false);
  }

  static Set of(Object... values) {
    return new ImmutableCollections.SetN(values, false);
  }

  static Set copyOf(Collection values) {
    if (values instanceof ImmutableCollections.SetN) return (Set) values;
    return new ImmutableCollections.SetN(values.toArray(), true);
  }
}
