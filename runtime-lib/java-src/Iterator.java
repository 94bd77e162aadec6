// Kiln's runtime library: java.util.Iterator, in Java; translate.sh turns it into runtime-lib/java.util.collections.ir.
package java.util;

public interface Iterator<E> {
  boolean hasNext();

  E next();

  default void remove() {
    throw new UnsupportedOperationException("remove");
  }
}
