import java.util.*;

// A least-recently-used cache: a LinkedHashMap in access order whose removeEldestEntry evicts.
public class LeastRecentlyUsed {
  static class Cache<K, V> extends LinkedHashMap<K, V> {
    final int capacity;
    Cache(int capacity) { super(16, 0.75f, true); this.capacity = capacity; }
    @Override protected boolean removeEldestEntry(Map.Entry<K, V> eldest) { return size() > capacity; }
  }
  public static void main(String[] args) {
    Cache<String, Integer> cache = new Cache<>(3);
    cache.put("a", 1); cache.put("b", 2); cache.put("c", 3);
    cache.get("a");
    cache.put("d", 4);
    System.out.println(cache + " " + cache.containsKey("b") + " " + cache.size());
    cache.put("c", 30);
    cache.put("e", 5);
    System.out.println(cache + " " + cache.keySet());
  }
}
