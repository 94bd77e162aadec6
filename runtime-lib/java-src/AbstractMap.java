// Kiln's runtime library: java.util.AbstractMap, in Java; translate.sh turns it into runtime-lib/java.util.collections.ir.
package java.util;

public abstract class AbstractMap<K, V> implements Map<K, V> {
  protected AbstractMap() {
  }

  public boolean isEmpty() {
    return size() == 0;
  }

  public boolean containsValue(Object value) {
    Iterator<Map.Entry<K, V>> it = entrySet().iterator();
    while (it.hasNext()) {
      if (Objects.equals(value, it.next().getValue())) return true;
    }
    return false;
  }

  // What the JDK's AbstractMap gives a map that defines only `entrySet` (and `put` to be modifiable):
  // every query walks the entry set.
  public int size() {
    return entrySet().size();
  }

  public boolean containsKey(Object key) {
    Iterator<Map.Entry<K, V>> it = entrySet().iterator();
    while (it.hasNext()) {
      if (Objects.equals(key, it.next().getKey())) return true;
    }
    return false;
  }

  public V get(Object key) {
    Iterator<Map.Entry<K, V>> it = entrySet().iterator();
    while (it.hasNext()) {
      Map.Entry<K, V> entry = it.next();
      if (Objects.equals(key, entry.getKey())) return entry.getValue();
    }
    return null;
  }

  public V put(K key, V value) {
    throw new UnsupportedOperationException();
  }

  public V remove(Object key) {
    Iterator<Map.Entry<K, V>> it = entrySet().iterator();
    while (it.hasNext()) {
      Map.Entry<K, V> entry = it.next();
      if (Objects.equals(key, entry.getKey())) {
        V value = entry.getValue();
        it.remove();
        return value;
      }
    }
    return null;
  }

  public void clear() {
    entrySet().clear();
  }

  // The iterator of the key set (kind 0), the values (1) or the entry set (2) of MapView. The library's maps
  // walk their own structure; a user's map that defines `entrySet` is walked through it.
  Iterator viewIterator(int kind) {
    return new EntryProjection(entrySet().iterator(), kind);
  }

  static final class EntryProjection<E> implements Iterator<E> {
    final Iterator<Map.Entry> entries;
    final int kind;

    EntryProjection(Iterator<Map.Entry> entries, int kind) {
      this.entries = entries;
      this.kind = kind;
    }

    public boolean hasNext() {
      return entries.hasNext();
    }

    public E next() {
      Map.Entry entry = entries.next();
      if (kind == 0) return (E) entry.getKey();
      if (kind == 1) return (E) entry.getValue();
      return (E) entry;
    }

    public void remove() {
      entries.remove();
    }
  }

  public Set<K> keySet() {
    return new MapView<K>(this, 0);
  }

  public Collection<V> values() {
    return new MapView<V>(this, 1);
  }

  public Set<Map.Entry<K, V>> entrySet() {
    return new MapView<Map.Entry<K, V>>(this, 2);
  }

  public boolean equals(Object other) {
    if (other == this) return true;
    if (!(other instanceof Map)) return false;
    Map<K, V> map = (Map<K, V>) other;
    if (map.size() != size()) return false;
    Iterator<Map.Entry<K, V>> it = entrySet().iterator();
    while (it.hasNext()) {
      Map.Entry<K, V> entry = it.next();
      Object value = entry.getValue();
      if (value == null) {
        if (!(map.get(entry.getKey()) == null && map.containsKey(entry.getKey()))) return false;
      } else if (!value.equals(map.get(entry.getKey()))) {
        return false;
      }
    }
    return true;
  }

  public int hashCode() {
    int hash = 0;
    Iterator<Map.Entry<K, V>> it = entrySet().iterator();
    while (it.hasNext()) hash += it.next().hashCode();
    return hash;
  }

  public String toString() {
    Iterator<Map.Entry<K, V>> it = entrySet().iterator();
    if (!it.hasNext()) return "{}";
    StringBuilder text = new StringBuilder();
    text.append('{');
    while (true) {
      Map.Entry<K, V> entry = it.next();
      Object key = entry.getKey();
      Object value = entry.getValue();
      text.append(key == this ? "(this Map)" : String.valueOf(key));
      text.append('=');
      text.append(value == this ? "(this Map)" : String.valueOf(value));
      if (!it.hasNext()) return text.append('}').toString();
      text.append(',').append(' ');
    }
  }

  public static class SimpleEntry<K, V> implements Map.Entry<K, V> {
    // Not final: removing a TreeMap node with two children moves its successor's key into it.
    K key;
    V value;

    public SimpleEntry(K key, V value) {
      this.key = key;
      this.value = value;
    }

    public K getKey() {
      return key;
    }

    public V getValue() {
      return value;
    }

    public V setValue(V updated) {
      V old = value;
      value = updated;
      return old;
    }

    public String toString() {
      return key + "=" + value;
    }

    public int hashCode() {
      return Objects.hashCode(key) ^ Objects.hashCode(value);
    }

    public boolean equals(Object other) {
      if (other == this) return true;
      if (!(other instanceof Map.Entry)) return false;
      Map.Entry<K, V> entry = (Map.Entry<K, V>) other;
      return Objects.equals(key, entry.getKey()) && Objects.equals(value, entry.getValue());
    }
  }

  // Map.entry's entries: SimpleEntry without setValue.
  public static class SimpleImmutableEntry<K, V> extends SimpleEntry<K, V> {
    public SimpleImmutableEntry(K key, V value) {
      super(key, value);
    }

    public V setValue(V updated) {
      throw new UnsupportedOperationException();
    }
  }

  // The key set (kind 0), the values (1) and the entry set (2) of a map: live views.
  static final class MapView<E> extends AbstractCollection<E> implements Set<E> {
    final AbstractMap map;
    final int kind;

    MapView(AbstractMap map, int kind) {
      this.map = map;
      this.kind = kind;
    }

    public int size() {
      return map.size();
    }

    public void clear() {
      map.clear();
    }

    public boolean contains(Object value) {
      if (kind == 0) return map.containsKey(value);
      if (kind == 1) return map.containsValue(value);
      if (!(value instanceof Map.Entry)) return false;
      Map.Entry entry = (Map.Entry) value;
      return map.containsKey(entry.getKey()) && Objects.equals(map.get(entry.getKey()), entry.getValue());
    }

    public boolean remove(Object value) {
      if (kind != 0) return super.remove(value);
      if (!map.containsKey(value)) return false;
      map.remove(value);
      return true;
    }

    public Iterator<E> iterator() {
      return map.viewIterator(kind);
    }
  }
}
