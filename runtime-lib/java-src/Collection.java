// Kiln's runtime library: java.util.Collection, in Java; translate.sh turns it into runtime-lib/java.util.collections.ir.
package java.util;

import java.util.function.IntFunction;
import java.util.function.Predicate;
import java.util.stream.Stream;
import java.util.stream.StreamSources;

public interface Collection<E> extends Iterable<E> {
  int size();

  boolean contains(Object value);

  boolean add(E value);

  boolean remove(Object value);

  void clear();

  default boolean isEmpty() {
    return size() == 0;
  }

  default boolean addAll(Collection<E> values) {
    boolean changed = false;
    Iterator<E> it = values.iterator();
    while (it.hasNext()) {
      if (add(it.next())) changed = true;
    }
    return changed;
  }

  default boolean containsAll(Collection<E> values) {
    Iterator<E> it = values.iterator();
    while (it.hasNext()) {
      if (!contains(it.next())) return false;
    }
    return true;
  }

  default boolean removeAll(Collection<E> values) {
    boolean changed = false;
    Iterator<E> it = iterator();
    while (it.hasNext()) {
      if (values.contains(it.next())) {
        it.remove();
        changed = true;
      }
    }
    return changed;
  }

  default boolean retainAll(Collection<E> values) {
    boolean changed = false;
    Iterator<E> it = iterator();
    while (it.hasNext()) {
      if (!values.contains(it.next())) {
        it.remove();
        changed = true;
      }
    }
    return changed;
  }

  default boolean removeIf(Predicate<E> filter) {
    if (filter == null) throw new NullPointerException();
    boolean changed = false;
    Iterator<E> it = iterator();
    while (it.hasNext()) {
      if (filter.test(it.next())) {
        it.remove();
        changed = true;
      }
    }
    return changed;
  }

  // The JDK's contract: the given array if it is long enough (with a null after the elements if longer),
  // else a new array of its run-time type (`list.toArray(new String[0])` is a String[]).
  default Object[] toArray(Object[] array) {
    int size = size();
    Object[] result = array.length >= size ? array : (Object[]) KilnIntrinsics.newArrayLike(array, size);
    // arraycopy checks each element against the array's type (the library's own stores are unchecked), and
    // throws the JDK's ArrayStoreException.
    System.arraycopy(toArray(), 0, result, 0, size);
    if (result.length > size) result[size] = null;
    return result;
  }

  default Object[] toArray(IntFunction generator) {
    return toArray((Object[]) generator.apply(0));
  }

  default Object[] toArray() {
    Object[] result = new Object[size()];
    int index = 0;
    Iterator<E> it = iterator();
    while (it.hasNext()) result[index++] = it.next();
    return result;
  }

  // [second pass]
  default Stream stream() {
    return StreamSources.ofCollection(this);
  }

  // [second pass]
  default Stream parallelStream() {
    return StreamSources.ofCollection(this);
  }
}
