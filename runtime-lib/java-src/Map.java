// Kiln's runtime library: java.util.Map, in Java; translate.sh turns it into runtime-lib/java.util.collections.ir.
package java.util;

import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Function;

public interface Map<K, V> {
  int size();

  boolean isEmpty();

  V get(Object key);

  V put(K key, V value);

  V remove(Object key);

  boolean containsKey(Object key);

  boolean containsValue(Object value);

  void clear();

  Set<K> keySet();

  Collection<V> values();

  Set<Map.Entry<K, V>> entrySet();

  default V getOrDefault(Object key, V fallback) {
    V value = get(key);
    return value != null || containsKey(key) ? value : fallback;
  }

  default V putIfAbsent(K key, V value) {
    V current = get(key);
    if (current == null) current = put(key, value);
    return current;
  }

  default void putAll(Map<K, V> other) {
    Iterator<Map.Entry<K, V>> it = other.entrySet().iterator();
    while (it.hasNext()) {
      Map.Entry<K, V> entry = it.next();
      put(entry.getKey(), entry.getValue());
    }
  }

  default void forEach(BiConsumer<K, V> action) {
    if (action == null) throw new NullPointerException();
    Iterator<Map.Entry<K, V>> it = entrySet().iterator();
    while (it.hasNext()) {
      Map.Entry<K, V> entry = it.next();
      action.accept(entry.getKey(), entry.getValue());
    }
  }

  default V merge(K key, V value, BiFunction<V, V, V> remapping) {
    if (remapping == null || value == null) throw new NullPointerException();
    V old = get(key);
    V updated = old == null ? value : remapping.apply(old, value);
    if (updated == null) remove(key);
    else put(key, updated);
    return updated;
  }

  default V computeIfAbsent(K key, Function<K, V> mapping) {
    if (mapping == null) throw new NullPointerException();
    V value = get(key);
    if (value == null) {
      value = mapping.apply(key);
      if (value != null) put(key, value);
    }
    return value;
  }

  default V computeIfPresent(K key, BiFunction<K, V, V> remapping) {
    if (remapping == null) throw new NullPointerException();
    V old = get(key);
    if (old == null) return null;
    V value = remapping.apply(key, old);
    if (value == null) remove(key);
    else put(key, value);
    return value;
  }

  default V compute(K key, BiFunction<K, V, V> remapping) {
    if (remapping == null) throw new NullPointerException();
    V old = get(key);
    V value = remapping.apply(key, old);
    if (value == null) {
      if (old != null || containsKey(key)) remove(key);
      return null;
    }
    put(key, value);
    return value;
  }

  default V replace(K key, V value) {
    if (containsKey(key)) return put(key, value);
    return null;
  }

  default boolean replace(K key, V oldValue, V newValue) {
    if (!containsKey(key) || !Objects.equals(get(key), oldValue)) return false;
    put(key, newValue);
    return true;
  }

  default boolean remove(Object key, Object value) {
    if (!containsKey(key) || !Objects.equals(get(key), value)) return false;
    remove(key);
    return true;
  }

  static Map of() {
    ImmutableCollections.MapN map = new ImmutableCollections.MapN();
    return map;
  }

  static Map of(Object k1, Object v1) {
    ImmutableCollections.MapN map = new ImmutableCollections.MapN();
    map.define(k1, v1);
    return map;
  }

  static Map of(Object k1, Object v1, Object k2, Object v2) {
    ImmutableCollections.MapN map = new ImmutableCollections.MapN();
    map.define(k1, v1);
    map.define(k2, v2);
    return map;
  }

  static Map of(Object k1, Object v1, Object k2, Object v2, Object k3, Object v3) {
    ImmutableCollections.MapN map = new ImmutableCollections.MapN();
    map.define(k1, v1);
    map.define(k2, v2);
    map.define(k3, v3);
    return map;
  }

  static Map of(Object k1, Object v1, Object k2, Object v2, Object k3, Object v3, Object k4, Object v4) {
    ImmutableCollections.MapN map = new ImmutableCollections.MapN();
    map.define(k1, v1);
    map.define(k2, v2);
    map.define(k3, v3);
    map.define(k4, v4);
    return map;
  }

  static Map of(Object k1, Object v1, Object k2, Object v2, Object k3, Object v3, Object k4, Object v4, Object k5, Object v5) {
    ImmutableCollections.MapN map = new ImmutableCollections.MapN();
    map.define(k1, v1);
    map.define(k2, v2);
    map.define(k3, v3);
    map.define(k4, v4);
    map.define(k5, v5);
    return map;
  }

  static Map of(Object k1, Object v1, Object k2, Object v2, Object k3, Object v3, Object k4, Object v4, Object k5, Object v5, Object k6, Object v6) {
    ImmutableCollections.MapN map = new ImmutableCollections.MapN();
    map.define(k1, v1);
    map.define(k2, v2);
    map.define(k3, v3);
    map.define(k4, v4);
    map.define(k5, v5);
    map.define(k6, v6);
    return map;
  }

  static Map of(Object k1, Object v1, Object k2, Object v2, Object k3, Object v3, Object k4, Object v4, Object k5, Object v5, Object k6, Object v6, Object k7, Object v7) {
    ImmutableCollections.MapN map = new ImmutableCollections.MapN();
    map.define(k1, v1);
    map.define(k2, v2);
    map.define(k3, v3);
    map.define(k4, v4);
    map.define(k5, v5);
    map.define(k6, v6);
    map.define(k7, v7);
    return map;
  }

  static Map of(Object k1, Object v1, Object k2, Object v2, Object k3, Object v3, Object k4, Object v4, Object k5, Object v5, Object k6, Object v6, Object k7, Object v7, Object k8, Object v8) {
    ImmutableCollections.MapN map = new ImmutableCollections.MapN();
    map.define(k1, v1);
    map.define(k2, v2);
    map.define(k3, v3);
    map.define(k4, v4);
    map.define(k5, v5);
    map.define(k6, v6);
    map.define(k7, v7);
    map.define(k8, v8);
    return map;
  }

  static Map of(Object k1, Object v1, Object k2, Object v2, Object k3, Object v3, Object k4, Object v4, Object k5, Object v5, Object k6, Object v6, Object k7, Object v7, Object k8, Object v8, Object k9, Object v9) {
    ImmutableCollections.MapN map = new ImmutableCollections.MapN();
    map.define(k1, v1);
    map.define(k2, v2);
    map.define(k3, v3);
    map.define(k4, v4);
    map.define(k5, v5);
    map.define(k6, v6);
    map.define(k7, v7);
    map.define(k8, v8);
    map.define(k9, v9);
    return map;
  }

  static Map of(Object k1, Object v1, Object k2, Object v2, Object k3, Object v3, Object k4, Object v4, Object k5, Object v5, Object k6, Object v6, Object k7, Object v7, Object k8, Object v8, Object k9, Object v9, Object k10, Object v10) {
    ImmutableCollections.MapN map = new ImmutableCollections.MapN();
    map.define(k1, v1);
    map.define(k2, v2);
    map.define(k3, v3);
    map.define(k4, v4);
    map.define(k5, v5);
    map.define(k6, v6);
    map.define(k7, v7);
    map.define(k8, v8);
    map.define(k9, v9);
    map.define(k10, v10);
    return map;
  }

  static Map ofEntries(Map.Entry... entries) {
    ImmutableCollections.MapN map = new ImmutableCollections.MapN();
    for (int i = 0; i < entries.length; i++) map.define(entries[i].getKey(), entries[i].getValue());
    return map;
  }

  static Map copyOf(Map other) {
    if (other instanceof ImmutableCollections.MapN) return other;
    ImmutableCollections.MapN map = new ImmutableCollections.MapN();
    Iterator<Map.Entry> it = other.entrySet().iterator();
    while (it.hasNext()) {
      Map.Entry entry = it.next();
      map.define(entry.getKey(), entry.getValue());
    }
    return map;
  }

  static Map.Entry entry(Object key, Object value) {
    if (key == null || value == null) throw new NullPointerException();
    return new AbstractMap.SimpleImmutableEntry(key, value);
  }

  default void replaceAll(BiFunction<K, V, V> function) {
    if (function == null) throw new NullPointerException();
    Iterator<Map.Entry<K, V>> it = entrySet().iterator();
    while (it.hasNext()) {
      Map.Entry<K, V> entry = it.next();
      entry.setValue(function.apply(entry.getKey(), entry.getValue()));
    }
  }

  interface Entry<K, V> {
    K getKey();

    V getValue();

    V setValue(V value);

    static Comparator comparingByKey() {
      Comparator order = (a, b) -> ((Comparable) ((Map.Entry) a).getKey()).compareTo(((Map.Entry) b).getKey());
      return order;
    }

    static Comparator comparingByValue() {
      Comparator order = (a, b) -> ((Comparable) ((Map.Entry) a).getValue()).compareTo(((Map.Entry) b).getValue());
      return order;
    }

    static Comparator comparingByKey(Comparator keys) {
      if (keys == null) throw new NullPointerException();
      Comparator order = (a, b) -> keys.compare(((Map.Entry) a).getKey(), ((Map.Entry) b).getKey());
      return order;
    }

    static Comparator comparingByValue(Comparator values) {
      if (values == null) throw new NullPointerException();
      Comparator order = (a, b) -> values.compare(((Map.Entry) a).getValue(), ((Map.Entry) b).getValue());
      return order;
    }
  }
}
