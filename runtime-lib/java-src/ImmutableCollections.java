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

  // The JDK's small sets and maps (one or two elements, one entry) look for null by calling a method on it,
  // so HotSpot's message names that call; the larger ones check the argument first, without a message.
  static NullPointerException nullQuery(boolean calls, String method, String variable) {
    if (!calls) return new NullPointerException();
    return new NullPointerException("Cannot invoke \"Object." + method + "\" because \"" + variable + "\" is null");
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

    public ListIterator<E> listIterator(int index) {
      int n = size();
      if (index < 0 || index > n) throw new IndexOutOfBoundsException("Index: " + index + " Size: " + n);
      return new IndexListIterator<E>(this, index);
    }

    public boolean addAll(int index, Collection<E> values) {
      throw unsupported();
    }

    boolean removable() {
      return false;
    }

    // The JDK's List.of refuses to look for null (its indexOf checks the argument); Collections.emptyList
    // answers the question.
    boolean refusesNullQueries() {
      return true;
    }

    public int indexOf(Object value) {
      if (value == null && refusesNullQueries()) throw new NullPointerException();
      return super.indexOf(value);
    }

    public int lastIndexOf(Object value) {
      if (value == null && refusesNullQueries()) throw new NullPointerException();
      return super.lastIndexOf(value);
    }

    public boolean contains(Object value) {
      return indexOf(value) >= 0;
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

    boolean refusesNullQueries() {
      return false;
    }
  }

  static class SetN<E> extends HashSet<E> {
    SetN(Object[] values, boolean duplicatesAllowed) {
      super();
      for (int i = 0; i < values.length; i++) {
        if (values[i] == null) throw new NullPointerException();
        if (!super.add((E) values[i]) && !duplicatesAllowed) {
          throw new IllegalArgumentException("duplicate element: " + values[i]);
        }
      }
    }

    // Set.of refuses to look for null; Collections.emptySet answers false.
    boolean refusesNullQueries() {
      return true;
    }

    public boolean contains(Object value) {
      if (value == null && refusesNullQueries()) throw ImmutableCollections.nullQuery(size() == 1 || size() == 2, "equals(Object)", "o");
      return super.contains(value);
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

  // Collections.emptySet().
  static final class EmptySet<E> extends SetN<E> {
    EmptySet() {
      super(new Object[0], false);
    }

    boolean refusesNullQueries() {
      return false;
    }
  }

  static class MapN<K, V> extends HashMap<K, V> {
    MapN() {
      super();
    }

    // Map.of's pairs and Map.ofEntries's entries: neither a null nor a repeated key.
    void define(Object key, Object value) {
      if (key == null || value == null) throw new NullPointerException();
      if (super.put((K) key, (V) value) != null) throw new IllegalArgumentException("duplicate key: " + key);
    }

    // Map.of refuses to look up null (as key or value); Collections.emptyMap answers.
    boolean refusesNullQueries() {
      return true;
    }

    public V get(Object key) {
      if (key == null && refusesNullQueries()) {
        if (size() == 1) throw ImmutableCollections.nullQuery(true, "equals(Object)", "o");
        throw ImmutableCollections.nullQuery(size() > 1, "hashCode()", "pk");
      }
      return super.get(key);
    }

    public boolean containsKey(Object key) {
      if (key == null && refusesNullQueries()) throw ImmutableCollections.nullQuery(size() == 1, "equals(Object)", "o");
      return super.containsKey(key);
    }

    public boolean containsValue(Object value) {
      if (value == null && refusesNullQueries()) throw ImmutableCollections.nullQuery(size() == 1, "equals(Object)", "o");
      return super.containsValue(value);
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

  // Collections.emptyMap().
  static final class EmptyMap<K, V> extends MapN<K, V> {
    EmptyMap() {
      super();
    }

    boolean refusesNullQueries() {
      return false;
    }
  }
}
