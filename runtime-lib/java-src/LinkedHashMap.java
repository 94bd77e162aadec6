// Kiln's runtime library: java.util.LinkedHashMap, in Java; translate.sh turns it into runtime-lib/java.util.collections.ir.
package java.util;

public class LinkedHashMap<K, V> extends HashMap<K, V> {
  public LinkedHashMap() {
    super();
    linked = true;
  }

  public LinkedHashMap(int capacity) {
    super(capacity);
    linked = true;
  }

  public LinkedHashMap(int capacity, float loadFactor, boolean accessOrder) {
    super(capacity);
    linked = true;
    this.accessOrder = accessOrder;
  }

  public LinkedHashMap(Map<K, V> other) {
    super();
    linked = true;
    putAll(other);
  }

  protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
    return false;
  }
}
