// Kiln's runtime library: java.util.Hashtable and java.util.IdentityHashMap, in Java; translate.sh turns them into runtime-lib/java.util.collections.ir.
package java.util;

import java.util.function.BiConsumer;

// The JDK's layout, so that iteration visits entries in the same order: a table of 11 chains to start
// with, a key's place its hash modulo the table's length, a new entry at the head of its chain, the table
// grown to twice plus one when the count reaches three quarters of it, and iteration from the last chain
// to the first. Null keys and values throw NullPointerException, as the JDK's do.
public class Hashtable<K, V> extends AbstractMap<K, V> implements Map<K, V>, Cloneable {
  Entry<K, V>[] table;
  int count;
  int threshold;
  int modifications;

  public Hashtable() {
    this(11);
  }

  public Hashtable(int capacity) {
    if (capacity < 0) throw new IllegalArgumentException("Illegal Capacity: " + capacity);
    if (capacity == 0) capacity = 1;
    table = new Entry[capacity];
    threshold = (int) (capacity * 0.75f);
  }

  public Hashtable(Map<K, V> other) {
    this(Math.max(2 * other.size(), 11));
    putAll(other);
  }

  static int slot(int hash, int length) {
    return (hash & 0x7FFFFFFF) % length;
  }

  public int size() {
    return count;
  }

  public boolean isEmpty() {
    return count == 0;
  }

  Entry<K, V> find(Object key) {
    int hash = key.hashCode();
    for (Entry<K, V> entry = table[slot(hash, table.length)]; entry != null; entry = entry.next) {
      if (entry.hash == hash && entry.key.equals(key)) return entry;
    }
    return null;
  }

  public V get(Object key) {
    Entry<K, V> entry = find(key);
    return entry == null ? null : entry.value;
  }

  public boolean containsKey(Object key) {
    return find(key) != null;
  }

  public boolean contains(Object value) {
    if (value == null) throw new NullPointerException();
    for (int i = table.length - 1; i >= 0; i--) {
      for (Entry<K, V> entry = table[i]; entry != null; entry = entry.next) {
        if (entry.value.equals(value)) return true;
      }
    }
    return false;
  }

  public boolean containsValue(Object value) {
    return contains(value);
  }

  void rehash() {
    Entry<K, V>[] old = table;
    int capacity = old.length * 2 + 1;
    Entry<K, V>[] grown = new Entry[capacity];
    modifications++;
    threshold = (int) (capacity * 0.75f);
    table = grown;
    for (int i = old.length - 1; i >= 0; i--) {
      Entry<K, V> entry = old[i];
      while (entry != null) {
        Entry<K, V> moving = entry;
        entry = entry.next;
        int index = slot(moving.hash, capacity);
        moving.next = grown[index];
        grown[index] = moving;
      }
    }
  }

  public V put(K key, V value) {
    if (value == null) throw new NullPointerException();
    Entry<K, V> existing = find(key);
    if (existing != null) {
      V old = existing.value;
      existing.value = value;
      return old;
    }
    if (count >= threshold) rehash();
    int hash = key.hashCode();
    int index = slot(hash, table.length);
    Entry<K, V> entry = new Entry<K, V>(hash, key, value);
    entry.next = table[index];
    table[index] = entry;
    count++;
    modifications++;
    return null;
  }

  public V remove(Object key) {
    int hash = key.hashCode();
    int index = slot(hash, table.length);
    Entry<K, V> previous = null;
    for (Entry<K, V> entry = table[index]; entry != null; entry = entry.next) {
      if (entry.hash == hash && entry.key.equals(key)) {
        if (previous == null) table[index] = entry.next;
        else previous.next = entry.next;
        count--;
        modifications++;
        return entry.value;
      }
      previous = entry;
    }
    return null;
  }

  public void clear() {
    for (int i = 0; i < table.length; i++) table[i] = null;
    count = 0;
    modifications++;
  }

  public Enumeration<K> keys() {
    return new IteratorEnumeration<K>(new HashtableIterator<K>(this, 0));
  }

  public Enumeration<V> elements() {
    return new IteratorEnumeration<V>(new HashtableIterator<V>(this, 1));
  }

  Iterator viewIterator(int kind) {
    return new HashtableIterator(this, kind);
  }

  public void forEach(BiConsumer<K, V> action) {
    if (action == null) throw new NullPointerException();
    int expected = modifications;
    for (int i = table.length - 1; i >= 0; i--) {
      for (Entry<K, V> entry = table[i]; entry != null; entry = entry.next) {
        action.accept(entry.key, entry.value);
        if (modifications != expected) throw new ConcurrentModificationException();
      }
    }
  }

  public Object clone() {
    Hashtable<K, V> copy = new Hashtable<K, V>(table.length);
    for (int i = table.length - 1; i >= 0; i--) {
      Entry<K, V> chain = null;
      Entry<K, V> last = null;
      for (Entry<K, V> entry = table[i]; entry != null; entry = entry.next) {
        Entry<K, V> twin = new Entry<K, V>(entry.hash, entry.key, entry.value);
        if (last == null) chain = twin;
        else last.next = twin;
        last = twin;
      }
      copy.table[i] = chain;
    }
    copy.count = count;
    return copy;
  }

  static final class Entry<K, V> extends AbstractMap.SimpleEntry<K, V> {
    final int hash;
    Entry<K, V> next;

    Entry(int hash, K key, V value) {
      super(key, value);
      this.hash = hash;
    }

    public V setValue(V updated) {
      if (updated == null) throw new NullPointerException();
      return super.setValue(updated);
    }
  }

  // The key set (kind 0), the values (1) and the entry set (2), from the last chain to the first; fails
  // fast on a change through the table, as the JDK's.
  static final class HashtableIterator<E> implements Iterator<E> {
    final Hashtable table;
    final int kind;
    int index;
    Entry next;
    Entry current;
    int expected;

    HashtableIterator(Hashtable table, int kind) {
      this.table = table;
      this.kind = kind;
      this.index = table.table.length;
      this.expected = table.modifications;
    }

    public boolean hasNext() {
      Entry[] tab = table.table;
      while (next == null && index > 0) next = tab[--index];
      return next != null;
    }

    public E next() {
      if (table.modifications != expected) throw new ConcurrentModificationException();
      if (!hasNext()) throw new NoSuchElementException("Hashtable Enumerator");
      Entry entry = next;
      next = entry.next;
      current = entry;
      if (kind == 0) return (E) entry.key;
      if (kind == 1) return (E) entry.value;
      return (E) entry;
    }

    public void remove() {
      if (current == null) throw new IllegalStateException("Hashtable Enumerator");
      if (table.modifications != expected) throw new ConcurrentModificationException();
      table.remove(current.key);
      current = null;
      expected = table.modifications;
    }
  }
}

// Keys compared by identity (==) and hashed by System.identityHashCode. The JDK's order of iteration
// follows identity hashes, which differ from run to run there; Kiln's follows insertion.
public class IdentityHashMap<K, V> extends AbstractMap<K, V> implements Map<K, V>, Cloneable {
  final HashMap<IdentityKey, V> entries = new HashMap<IdentityKey, V>();
  final ArrayList<IdentityKey> order = new ArrayList<IdentityKey>();

  public IdentityHashMap() {
  }

  public IdentityHashMap(int expected) {
  }

  public IdentityHashMap(Map<K, V> other) {
    putAll(other);
  }

  public int size() {
    return entries.size();
  }

  public boolean isEmpty() {
    return entries.isEmpty();
  }

  public V get(Object key) {
    return entries.get(new IdentityKey(key));
  }

  public boolean containsKey(Object key) {
    return entries.containsKey(new IdentityKey(key));
  }

  public boolean containsValue(Object value) {
    Iterator<V> it = entries.values().iterator();
    while (it.hasNext()) {
      if (it.next() == value) return true;
    }
    return false;
  }

  public V put(K key, V value) {
    IdentityKey wrapped = new IdentityKey(key);
    if (!entries.containsKey(wrapped)) order.add(wrapped);
    return entries.put(wrapped, value);
  }

  public V remove(Object key) {
    IdentityKey wrapped = new IdentityKey(key);
    if (!entries.containsKey(wrapped)) return null;
    order.remove(wrapped);
    return entries.remove(wrapped);
  }

  public void clear() {
    entries.clear();
    order.clear();
  }

  Iterator viewIterator(int kind) {
    ArrayList<Object> snapshot = new ArrayList<Object>();
    for (int i = 0; i < order.size(); i++) {
      IdentityKey key = order.get(i);
      if (kind == 0) snapshot.add(key.key);
      else if (kind == 1) snapshot.add(entries.get(key));
      else snapshot.add(new AbstractMap.SimpleEntry<K, V>((K) key.key, entries.get(key)));
    }
    return snapshot.iterator();
  }

  public Object clone() {
    return new IdentityHashMap<K, V>(this);
  }

  static final class IdentityKey {
    final Object key;

    IdentityKey(Object key) {
      this.key = key;
    }

    public int hashCode() {
      return System.identityHashCode(key);
    }

    public boolean equals(Object other) {
      return other instanceof IdentityKey && ((IdentityKey) other).key == key;
    }
  }
}
