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

  interface Entry<K, V> {
    K getKey();

    V getValue();

    V setValue(V value);
  }
}
