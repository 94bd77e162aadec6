// Kiln's runtime library: java.util.Iterator, in Java; translate.sh turns it into runtime-lib/java.util.collections.ir.
package java.util;

import java.util.function.Consumer;

public interface Iterator<E> {
  boolean hasNext();

  E next();

  default void remove() {
    throw new UnsupportedOperationException("remove");
  }

  default void forEachRemaining(Consumer<E> action) {
    if (action == null) throw new NullPointerException();
    while (hasNext()) action.accept(next());
  }
}
