// Kiln's runtime library: the unmodifiable collections of List.of, Set.of, Map.of and their copyOf, in Java;
// translate.sh turns it into runtime-lib/java.util.collections.ir. Each is the modifiable class with every
// mutator throwing UnsupportedOperationException, as the JDK's do (its Set.of and Map.of iterate in an
// order that changes from run to run; these iterate in HashSet's and HashMap's).
package java.util;

import java.util.function.Predicate;

final class ImmutableCollections {
  static UnsupportedOperationException unsupported() {
    return new UnsupportedOperationException();
  }

  static class ListN<E> extends ArrayList<E> {
    ListN(Object[] values) {
      super(values.length);
      for (int i = 0; i < values.length; i++) {
        if (values[i] == null) throw new NullPointerException();
        super.add((E) values[i]);
      }
    }

    // The JDK's messages: List.of with one or two elements is its List12, and more are an array (ListN).
    public E get(int index) {
      int n = size();
      if (index < 0 || index >= n) {
        if (n == 1 || n == 2) throw new IndexOutOfBoundsException("Index: " + index + " Size: " + n);
        throw new ArrayIndexOutOfBoundsException("Index " + index + " out of bounds for length " + n);
      }
      return super.get(index);
    }

    boolean removable() {
      return false;
    }

    public boolean add(E value) {
      throw unsupported();
    }

    public void add(int index, E value) {
      throw unsupported();
    }

    public E set(int index, E value) {
      throw unsupported();
    }

    public E remove(int index) {
      throw unsupported();
    }

    public boolean remove(Object value) {
      throw unsupported();
    }

    public void clear() {
      throw unsupported();
    }

    public boolean addAll(Collection<E> values) {
      throw unsupported();
    }

    public boolean removeIf(Predicate<E> filter) {
      throw unsupported();
    }

    public void sort(Comparator<E> order) {
      throw unsupported();
    }
  }

  // Collections.emptyList(): the JDK's EmptyList, whose `get` says "Index: 0" rather than ListN's message.
  static final class EmptyList<E> extends ListN<E> {
    EmptyList() {
      super(new Object[0]);
    }

    public E get(int index) {
      throw new IndexOutOfBoundsException("Index: " + index);
    }
  }

  static final class SetN<E> extends HashSet<E> {
    SetN(Object[] values, boolean duplicatesAllowed) {
      super();
      for (int i = 0; i < values.length; i++) {
        if (values[i] == null) throw new NullPointerException();
        if (!super.add((E) values[i]) && !duplicatesAllowed) {
          throw new IllegalArgumentException("duplicate element: " + values[i]);
        }
      }
    }

    public boolean add(E value) {
      throw unsupported();
    }

    public boolean remove(Object value) {
      throw unsupported();
    }

    public void clear() {
      throw unsupported();
    }

    public boolean addAll(Collection<E> values) {
      throw unsupported();
    }

    public boolean removeIf(Predicate<E> filter) {
      throw unsupported();
    }
  }

  static final class MapN<K, V> extends HashMap<K, V> {
    MapN() {
      super();
    }

    // Map.of's pairs and Map.ofEntries's entries: neither a null nor a repeated key.
    void define(Object key, Object value) {
      if (key == null || value == null) throw new NullPointerException();
      if (super.put((K) key, (V) value) != null) throw new IllegalArgumentException("duplicate key: " + key);
    }

    public V put(K key, V value) {
      throw unsupported();
    }

    public V remove(Object key) {
      throw unsupported();
    }

    public void clear() {
      throw unsupported();
    }

    public void putAll(Map<K, V> other) {
      throw unsupported();
    }

    // HashMap's own versions of these write without put; the JDK's immutable maps refuse them all.
    public V putIfAbsent(K key, V value) {
      throw unsupported();
    }

    public V merge(K key, V value, java.util.function.BiFunction<V, V, V> remapping) {
      throw unsupported();
    }

    public V compute(K key, java.util.function.BiFunction<K, V, V> remapping) {
      throw unsupported();
    }

    public V computeIfAbsent(K key, java.util.function.Function<K, V> mapping) {
      throw unsupported();
    }

    public V computeIfPresent(K key, java.util.function.BiFunction<K, V, V> remapping) {
      throw unsupported();
    }
  }
}
