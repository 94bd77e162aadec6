// Kiln's runtime library: java.util.TreeMap, in Java; translate.sh turns it into runtime-lib/java.util.collections.ir.
package java.util;

public class TreeMap<K, V> extends AbstractMap<K, V> implements NavigableMap<K, V>, Cloneable {
  // A red-black tree, as the JDK's: a search, an insertion or a removal takes O(log n) comparisons, and a
  // removal of a node with two children moves its successor's key and value into it, which the iterator
  // allows for as the JDK's does. The rules: the root and the empty leaves are black, a red node has black
  // children, and every path from a node down to a leaf passes as many black nodes.
  final Comparator<K> order;
  Node<K, V> root;
  int count;
  // The JDK's modCount: insertions and removals count, for the iterators' ConcurrentModificationException.
  int modifications;

  public TreeMap() {
    this.order = null;
  }

  public TreeMap(Comparator<K> order) {
    this.order = order;
  }

  public TreeMap(Map<K, V> other) {
    this.order = null;
    putAll(other);
  }

  // A sorted map's copy keeps its order, as the JDK's does.
  public TreeMap(SortedMap<K, V> other) {
    this.order = other.comparator();
    putAll(other);
  }

  // An entry of the tree: the map's entries are its nodes, as in the JDK.
  static final class Node<K, V> extends AbstractMap.SimpleEntry<K, V> {
    Node<K, V> left;
    Node<K, V> right;
    Node<K, V> parent;
    boolean black = true;

    Node(K key, V value, Node<K, V> parent) {
      super(key, value);
      this.parent = parent;
    }
  }

  int compare(Object a, Object b) {
    if (order != null) return order.compare((K) a, (K) b);
    if (a == null || b == null) throw new NullPointerException();
    // The JDK's ClassCastException for a key that is not Comparable (the library's casts are unchecked).
    if (!(a instanceof Comparable)) throw KilnRuntime.classCast(a, "java.lang.Comparable");
    return ((Comparable) a).compareTo(b);
  }

  Node<K, V> node(Object key) {
    if (order == null && key == null) throw new NullPointerException();
    Node<K, V> at = root;
    while (at != null) {
      int c = compare(key, at.key);
      if (c < 0) at = at.left;
      else if (c > 0) at = at.right;
      else return at;
    }
    return null;
  }

  public int size() {
    return count;
  }

  public V get(Object key) {
    Node<K, V> found = node(key);
    return found == null ? null : found.value;
  }

  public boolean containsKey(Object key) {
    return node(key) != null;
  }

  public V put(K key, V value) {
    Node<K, V> at = root;
    if (at == null) {
      // The JDK compares the first key with itself, calling compareTo on it.
      if (order == null && key == null) {
        throw new NullPointerException("Cannot invoke \"java.lang.Comparable.compareTo(Object)\" because \"k1\" is null");
      }
      compare(key, key);
      root = new Node<K, V>(key, value, null);
      count = 1;
      modifications++;
      return null;
    }
    Node<K, V> parent;
    int c;
    do {
      parent = at;
      c = compare(key, at.key);
      if (c < 0) at = at.left;
      else if (c > 0) at = at.right;
      else return at.setValue(value);
    } while (at != null);
    Node<K, V> added = new Node<K, V>(key, value, parent);
    if (c < 0) parent.left = added;
    else parent.right = added;
    balanceAfterInsertion(added);
    count++;
    modifications++;
    return null;
  }

  public V remove(Object key) {
    Node<K, V> found = node(key);
    if (found == null) return null;
    V old = found.value;
    delete(found);
    return old;
  }

  public void clear() {
    root = null;
    count = 0;
    modifications++;
  }

  // --- the tree ---

  static boolean isBlack(Node node) {
    return node == null || node.black;
  }

  static Node parentOf(Node node) {
    return node == null ? null : node.parent;
  }

  static Node leftOf(Node node) {
    return node == null ? null : node.left;
  }

  static Node rightOf(Node node) {
    return node == null ? null : node.right;
  }

  static void paint(Node node, boolean black) {
    if (node != null) node.black = black;
  }

  static Node first(Node node) {
    if (node != null) {
      while (node.left != null) node = node.left;
    }
    return node;
  }

  static Node last(Node node) {
    if (node != null) {
      while (node.right != null) node = node.right;
    }
    return node;
  }

  static Node successor(Node node) {
    if (node == null) return null;
    if (node.right != null) return first(node.right);
    Node child = node;
    Node up = node.parent;
    while (up != null && child == up.right) {
      child = up;
      up = up.parent;
    }
    return up;
  }

  static Node predecessor(Node node) {
    if (node == null) return null;
    if (node.left != null) return last(node.left);
    Node child = node;
    Node up = node.parent;
    while (up != null && child == up.left) {
      child = up;
      up = up.parent;
    }
    return up;
  }

  private void rotateLeft(Node node) {
    Node pivot = node.right;
    node.right = pivot.left;
    if (pivot.left != null) pivot.left.parent = node;
    pivot.parent = node.parent;
    if (node.parent == null) root = pivot;
    else if (node.parent.left == node) node.parent.left = pivot;
    else node.parent.right = pivot;
    pivot.left = node;
    node.parent = pivot;
  }

  private void rotateRight(Node node) {
    Node pivot = node.left;
    node.left = pivot.right;
    if (pivot.right != null) pivot.right.parent = node;
    pivot.parent = node.parent;
    if (node.parent == null) root = pivot;
    else if (node.parent.right == node) node.parent.right = pivot;
    else node.parent.left = pivot;
    pivot.right = node;
    node.parent = pivot;
  }

  // A new node is red; while its parent is red too, recolour a red uncle's generation or rotate.
  private void balanceAfterInsertion(Node node) {
    node.black = false;
    while (node != null && node != root && !node.parent.black) {
      Node parent = parentOf(node);
      Node grandparent = parentOf(parent);
      if (parent == leftOf(grandparent)) {
        Node uncle = rightOf(grandparent);
        if (!isBlack(uncle)) {
          paint(parent, true);
          paint(uncle, true);
          paint(grandparent, false);
          node = grandparent;
        } else {
          if (node == rightOf(parent)) {
            node = parent;
            rotateLeft(node);
          }
          paint(parentOf(node), true);
          paint(parentOf(parentOf(node)), false);
          rotateRight(parentOf(parentOf(node)));
        }
      } else {
        Node uncle = leftOf(grandparent);
        if (!isBlack(uncle)) {
          paint(parent, true);
          paint(uncle, true);
          paint(grandparent, false);
          node = grandparent;
        } else {
          if (node == leftOf(parent)) {
            node = parent;
            rotateRight(node);
          }
          paint(parentOf(node), true);
          paint(parentOf(parentOf(node)), false);
          rotateLeft(parentOf(parentOf(node)));
        }
      }
    }
    root.black = true;
  }

  void delete(Node node) {
    modifications++;
    count--;
    // Two children: the successor's key and value move here, and the successor's node goes.
    if (node.left != null && node.right != null) {
      Node next = successor(node);
      node.key = next.key;
      node.value = next.value;
      node = next;
    }
    Node replacement = node.left != null ? node.left : node.right;
    if (replacement != null) {
      replacement.parent = node.parent;
      if (node.parent == null) root = replacement;
      else if (node == node.parent.left) node.parent.left = replacement;
      else node.parent.right = replacement;
      node.left = null;
      node.right = null;
      node.parent = null;
      if (node.black) balanceAfterDeletion(replacement);
    } else if (node.parent == null) {
      root = null;
    } else {
      // A leaf: it stands in for its own replacement while the tree is rebalanced, then leaves.
      if (node.black) balanceAfterDeletion(node);
      if (node.parent != null) {
        if (node == node.parent.left) node.parent.left = null;
        else if (node == node.parent.right) node.parent.right = null;
        node.parent = null;
      }
    }
  }

  // The path through `node` lacks one black node: push the lack up, or end it by rotation and recolouring.
  private void balanceAfterDeletion(Node node) {
    while (node != root && isBlack(node)) {
      if (node == leftOf(parentOf(node))) {
        Node sibling = rightOf(parentOf(node));
        if (!isBlack(sibling)) {
          paint(sibling, true);
          paint(parentOf(node), false);
          rotateLeft(parentOf(node));
          sibling = rightOf(parentOf(node));
        }
        if (isBlack(leftOf(sibling)) && isBlack(rightOf(sibling))) {
          paint(sibling, false);
          node = parentOf(node);
        } else {
          if (isBlack(rightOf(sibling))) {
            paint(leftOf(sibling), true);
            paint(sibling, false);
            rotateRight(sibling);
            sibling = rightOf(parentOf(node));
          }
          paint(sibling, isBlack(parentOf(node)));
          paint(parentOf(node), true);
          paint(rightOf(sibling), true);
          rotateLeft(parentOf(node));
          node = root;
        }
      } else {
        Node sibling = leftOf(parentOf(node));
        if (!isBlack(sibling)) {
          paint(sibling, true);
          paint(parentOf(node), false);
          rotateRight(parentOf(node));
          sibling = leftOf(parentOf(node));
        }
        if (isBlack(rightOf(sibling)) && isBlack(leftOf(sibling))) {
          paint(sibling, false);
          node = parentOf(node);
        } else {
          if (isBlack(leftOf(sibling))) {
            paint(rightOf(sibling), true);
            paint(sibling, false);
            rotateLeft(sibling);
            sibling = leftOf(parentOf(node));
          }
          paint(sibling, isBlack(parentOf(node)));
          paint(parentOf(node), true);
          paint(leftOf(sibling), true);
          rotateRight(parentOf(node));
          node = root;
        }
      }
    }
    paint(node, true);
  }

  // --- navigation ---

  // The least node above (or at, when `inclusive`) the key; null when there is none.
  Node<K, V> ceilingNode(Object key, boolean inclusive) {
    Node<K, V> at = root;
    Node<K, V> best = null;
    while (at != null) {
      int c = compare(key, at.key);
      if (c < 0) {
        best = at;
        at = at.left;
      } else if (c > 0 || !inclusive) {
        at = at.right;
      } else {
        return at;
      }
    }
    return best;
  }

  // The greatest node below (or at) the key; null when there is none.
  Node<K, V> floorNode(Object key, boolean inclusive) {
    Node<K, V> at = root;
    Node<K, V> best = null;
    while (at != null) {
      int c = compare(key, at.key);
      if (c > 0) {
        best = at;
        at = at.right;
      } else if (c < 0 || !inclusive) {
        at = at.left;
      } else {
        return at;
      }
    }
    return best;
  }

  // What the navigation methods return: a snapshot, whose setValue throws, as the JDK's.
  static Map.Entry snapshot(Node node) {
    return node == null ? null : new AbstractMap.SimpleImmutableEntry(node.key, node.value);
  }

  static Object keyOrNull(Node node) {
    return node == null ? null : node.key;
  }

  static Object keyOrThrow(Node node) {
    if (node == null) throw new NoSuchElementException();
    return node.key;
  }

  public K firstKey() {
    return (K) keyOrThrow(first(root));
  }

  public K lastKey() {
    return (K) keyOrThrow(last(root));
  }

  public Map.Entry<K, V> firstEntry() {
    return snapshot(first(root));
  }

  public Map.Entry<K, V> lastEntry() {
    return snapshot(last(root));
  }

  public Map.Entry<K, V> pollFirstEntry() {
    Node node = first(root);
    Map.Entry<K, V> result = snapshot(node);
    if (node != null) delete(node);
    return result;
  }

  public Map.Entry<K, V> pollLastEntry() {
    Node node = last(root);
    Map.Entry<K, V> result = snapshot(node);
    if (node != null) delete(node);
    return result;
  }

  public K floorKey(K key) {
    return (K) keyOrNull(floorNode(key, true));
  }

  public K lowerKey(K key) {
    return (K) keyOrNull(floorNode(key, false));
  }

  public K ceilingKey(K key) {
    return (K) keyOrNull(ceilingNode(key, true));
  }

  public K higherKey(K key) {
    return (K) keyOrNull(ceilingNode(key, false));
  }

  public Map.Entry<K, V> floorEntry(K key) {
    return snapshot(floorNode(key, true));
  }

  public Map.Entry<K, V> lowerEntry(K key) {
    return snapshot(floorNode(key, false));
  }

  public Map.Entry<K, V> ceilingEntry(K key) {
    return snapshot(ceilingNode(key, true));
  }

  public Map.Entry<K, V> higherEntry(K key) {
    return snapshot(ceilingNode(key, false));
  }

  // A copy of the entries from `from` (null: the first) up to `to` (null: to the end), in the same order.
  TreeMap<K, V> range(Node<K, V> from, Node<K, V> to) {
    TreeMap<K, V> result = new TreeMap<K, V>(order);
    for (Node<K, V> at = from; at != null && at != to; at = successor(at)) result.put(at.key, at.value);
    return result;
  }

  // The JDK's views of a key range (TreeMap$AscendingSubMap, below): they read and write through.
  public SortedMap<K, V> headMap(K toKey) {
    return headMap(toKey, false);
  }

  public NavigableMap<K, V> headMap(K toKey, boolean inclusive) {
    compare(toKey, toKey);
    return new TreeMap$AscendingSubMap<K, V>(this, true, null, false, false, toKey, inclusive);
  }

  public SortedMap<K, V> tailMap(K fromKey) {
    return tailMap(fromKey, true);
  }

  public NavigableMap<K, V> tailMap(K fromKey, boolean inclusive) {
    compare(fromKey, fromKey);
    return new TreeMap$AscendingSubMap<K, V>(this, false, fromKey, inclusive, true, null, false);
  }

  public SortedMap<K, V> subMap(K fromKey, K toKey) {
    return subMap(fromKey, true, toKey, false);
  }

  public NavigableMap<K, V> subMap(K fromKey, boolean fromInclusive, K toKey, boolean toInclusive) {
    if (compare(fromKey, toKey) > 0) throw new IllegalArgumentException("fromKey > toKey");
    return new TreeMap$AscendingSubMap<K, V>(this, false, fromKey, fromInclusive, false, toKey, toInclusive);
  }

  public NavigableMap<K, V> descendingMap() {
    return descending();
  }

  TreeMap<K, V> descending() {
    TreeMap<K, V> result = new TreeMap<K, V>(Collections.reverseOrder(order));
    for (Node<K, V> at = first(root); at != null; at = successor(at)) result.put(at.key, at.value);
    return result;
  }

  public Comparator<K> comparator() {
    return order;
  }

  Iterator viewIterator(int kind) {
    return new TreeMapIterator(this, kind, first(root), null);
  }

  // Copies of the keys, where the JDK gives views (TreeSet comes after this class: second pass).
  // [second pass]
  public NavigableSet<K> navigableKeySet() {
    return new TreeSet<K>((NavigableMap<K, Object>) range(first(root), null));
  }

  // [second pass]
  public NavigableSet<K> descendingKeySet() {
    return new TreeSet<K>((NavigableMap<K, Object>) descending());
  }

  public Object clone() {
    return range(first(root), null);
  }

  // As the JDK's, the iterator holds the node it returns next, found when it returned the one before, and
  // fails fast: a change of the map other than through it throws ConcurrentModificationException.
  static final class TreeMapIterator<E> implements Iterator<E> {
    final TreeMap map;
    final int kind;
    // A view's iterator stops at the end of its range.
    final TreeMap$AscendingSubMap range;
    Node following;
    Node last;
    int expected;

    TreeMapIterator(TreeMap map, int kind, Node start, TreeMap$AscendingSubMap range) {
      this.map = map;
      this.kind = kind;
      this.range = range;
      this.expected = map.modifications;
      this.following = start;
    }

    public boolean hasNext() {
      return following != null && (range == null || !range.tooHigh(following.key));
    }

    public E next() {
      if (!hasNext()) throw new NoSuchElementException();
      if (map.modifications != expected) throw new ConcurrentModificationException();
      Node node = following;
      following = successor(node);
      last = node;
      if (kind == 0) return (E) node.key;
      if (kind == 1) return (E) node.value;
      return (E) node;
    }

    public void remove() {
      if (last == null) throw new IllegalStateException();
      if (map.modifications != expected) throw new ConcurrentModificationException();
      // A node with two children takes its successor's contents, the one this iterator returns next.
      if (last.left != null && last.right != null) following = last;
      map.delete(last);
      expected = map.modifications;
      last = null;
    }
  }
}

// TreeMap.headMap, tailMap and subMap: a key range of the map, as the JDK's view of the same name. Every
// query goes to the map and keeps to the range; a key outside it cannot be put (IllegalArgumentException);
// a view of a view must lie within it. Its descendingMap is a copy (the JDK's is a view too).
final class TreeMap$AscendingSubMap<K, V> extends AbstractMap<K, V> implements NavigableMap<K, V> {
  final TreeMap<K, V> map;
  final boolean fromStart;
  final K low;
  final boolean lowInclusive;
  final boolean toEnd;
  final K high;
  final boolean highInclusive;

  TreeMap$AscendingSubMap(TreeMap<K, V> map, boolean fromStart, K low, boolean lowInclusive, boolean toEnd, K high, boolean highInclusive) {
    this.map = map;
    this.fromStart = fromStart;
    this.low = low;
    this.lowInclusive = lowInclusive;
    this.toEnd = toEnd;
    this.high = high;
    this.highInclusive = highInclusive;
  }

  boolean tooLow(Object key) {
    if (fromStart) return false;
    int c = map.compare(key, low);
    return c < 0 || (c == 0 && !lowInclusive);
  }

  boolean tooHigh(Object key) {
    if (toEnd) return false;
    int c = map.compare(key, high);
    return c > 0 || (c == 0 && !highInclusive);
  }

  boolean inRange(Object key) {
    return !tooLow(key) && !tooHigh(key);
  }

  // A bound of a view taken from this one: an exclusive bound may also sit on this one's exclusive bound.
  boolean boundInRange(Object key, boolean inclusive) {
    if (inclusive) return inRange(key);
    return (fromStart || map.compare(key, low) >= 0) && (toEnd || map.compare(high, key) >= 0);
  }

  TreeMap.Node lowest() {
    TreeMap.Node node = fromStart ? TreeMap.first(map.root) : map.ceilingNode(low, lowInclusive);
    return node == null || tooHigh(node.key) ? null : node;
  }

  TreeMap.Node highest() {
    TreeMap.Node node = toEnd ? TreeMap.last(map.root) : map.floorNode(high, highInclusive);
    return node == null || tooLow(node.key) ? null : node;
  }

  TreeMap.Node ceiling(Object key, boolean inclusive) {
    if (tooLow(key)) return lowest();
    TreeMap.Node node = map.ceilingNode(key, inclusive);
    return node == null || tooHigh(node.key) ? null : node;
  }

  TreeMap.Node floor(Object key, boolean inclusive) {
    if (tooHigh(key)) return highest();
    TreeMap.Node node = map.floorNode(key, inclusive);
    return node == null || tooLow(node.key) ? null : node;
  }

  public int size() {
    int count = 0;
    for (TreeMap.Node node = lowest(); node != null && !tooHigh(node.key); node = TreeMap.successor(node)) count++;
    return count;
  }

  public boolean isEmpty() {
    return lowest() == null;
  }

  public boolean containsKey(Object key) {
    return inRange(key) && map.containsKey(key);
  }

  public V get(Object key) {
    return inRange(key) ? map.get(key) : null;
  }

  public V put(K key, V value) {
    if (!inRange(key)) throw new IllegalArgumentException("key out of range");
    return map.put(key, value);
  }

  public V remove(Object key) {
    return inRange(key) ? map.remove(key) : null;
  }

  public void clear() {
    Iterator it = viewIterator(2);
    while (it.hasNext()) {
      it.next();
      it.remove();
    }
  }

  Iterator viewIterator(int kind) {
    return new TreeMap.TreeMapIterator(map, kind, lowest(), this);
  }

  public Comparator<K> comparator() {
    return map.comparator();
  }

  public K firstKey() {
    return (K) TreeMap.keyOrThrow(lowest());
  }

  public K lastKey() {
    return (K) TreeMap.keyOrThrow(highest());
  }

  public Map.Entry<K, V> firstEntry() {
    return TreeMap.snapshot(lowest());
  }

  public Map.Entry<K, V> lastEntry() {
    return TreeMap.snapshot(highest());
  }

  public Map.Entry<K, V> pollFirstEntry() {
    TreeMap.Node node = lowest();
    Map.Entry<K, V> result = TreeMap.snapshot(node);
    if (node != null) map.delete(node);
    return result;
  }

  public Map.Entry<K, V> pollLastEntry() {
    TreeMap.Node node = highest();
    Map.Entry<K, V> result = TreeMap.snapshot(node);
    if (node != null) map.delete(node);
    return result;
  }

  public K floorKey(K key) {
    return (K) TreeMap.keyOrNull(floor(key, true));
  }

  public K lowerKey(K key) {
    return (K) TreeMap.keyOrNull(floor(key, false));
  }

  public K ceilingKey(K key) {
    return (K) TreeMap.keyOrNull(ceiling(key, true));
  }

  public K higherKey(K key) {
    return (K) TreeMap.keyOrNull(ceiling(key, false));
  }

  public Map.Entry<K, V> floorEntry(K key) {
    return TreeMap.snapshot(floor(key, true));
  }

  public Map.Entry<K, V> lowerEntry(K key) {
    return TreeMap.snapshot(floor(key, false));
  }

  public Map.Entry<K, V> ceilingEntry(K key) {
    return TreeMap.snapshot(ceiling(key, true));
  }

  public Map.Entry<K, V> higherEntry(K key) {
    return TreeMap.snapshot(ceiling(key, false));
  }

  public SortedMap<K, V> headMap(K toKey) {
    return headMap(toKey, false);
  }

  public NavigableMap<K, V> headMap(K toKey, boolean inclusive) {
    if (!boundInRange(toKey, inclusive)) throw new IllegalArgumentException("toKey out of range");
    return new TreeMap$AscendingSubMap<K, V>(map, fromStart, low, lowInclusive, false, toKey, inclusive);
  }

  public SortedMap<K, V> tailMap(K fromKey) {
    return tailMap(fromKey, true);
  }

  public NavigableMap<K, V> tailMap(K fromKey, boolean inclusive) {
    if (!boundInRange(fromKey, inclusive)) throw new IllegalArgumentException("fromKey out of range");
    return new TreeMap$AscendingSubMap<K, V>(map, false, fromKey, inclusive, toEnd, high, highInclusive);
  }

  public SortedMap<K, V> subMap(K fromKey, K toKey) {
    return subMap(fromKey, true, toKey, false);
  }

  public NavigableMap<K, V> subMap(K fromKey, boolean fromInclusive, K toKey, boolean toInclusive) {
    if (!boundInRange(fromKey, fromInclusive)) throw new IllegalArgumentException("fromKey out of range");
    if (!boundInRange(toKey, toInclusive)) throw new IllegalArgumentException("toKey out of range");
    if (map.compare(fromKey, toKey) > 0) throw new IllegalArgumentException("fromKey > toKey");
    return new TreeMap$AscendingSubMap<K, V>(map, false, fromKey, fromInclusive, false, toKey, toInclusive);
  }

  public NavigableMap<K, V> descendingMap() {
    TreeMap<K, V> result = new TreeMap<K, V>(Collections.reverseOrder(map.order));
    for (TreeMap.Node node = lowest(); node != null && !tooHigh(node.key); node = TreeMap.successor(node)) {
      result.put((K) node.key, (V) node.value);
    }
    return result;
  }

  // [second pass]
  public NavigableSet<K> navigableKeySet() {
    return new TreeSet<K>((NavigableMap<K, Object>) this);
  }

  // [second pass]
  public NavigableSet<K> descendingKeySet() {
    return new TreeSet<K>((NavigableMap<K, Object>) descendingMap());
  }
}
