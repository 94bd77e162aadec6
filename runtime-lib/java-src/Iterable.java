// Kiln's runtime library: java.lang.Iterable, in Java; translate.sh turns it into runtime-lib/java.util.collections.ir.
package java.lang;

import java.util.Iterator;
import java.util.function.Consumer;

public interface Iterable<T> {
  Iterator<T> iterator();

  default void forEach(Consumer<T> action) {
    if (action == null) throw new NullPointerException();
    Iterator<T> it = iterator();
    while (it.hasNext()) action.accept(it.next());
  }
}
