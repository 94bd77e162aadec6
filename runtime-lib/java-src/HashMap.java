// Kiln's runtime library: java.util.HashMap, in Java; translate.sh turns it into runtime-lib/java.util.collections.ir.
package java.util;

public class HashMap<K, V> extends AbstractMap<K, V> implements Map<K, V>, Cloneable {
  // The JDK's layout, so that iteration visits entries in the same order: a power-of-two table of
  // chains, a key's hash spread with its high half, chains split in order when the table doubles.
  Node<K, V>[] table;
  int count;
  int threshold;
  int modifications;
  // For LinkedHashMap: every node is also on a list in insertion (or access) order, which iteration follows.
  boolean linked;
  boolean accessOrder;
  // For ConcurrentHashMap: the table doubles when the count reaches three quarters of it (not when it passes
  // them), a resize reverses the part of a chain before its last run of keys going the same way, and chains
  // stay chains.
  boolean concurrent;
  Node<K, V> head;
  Node<K, V> tail;

  public HashMap() {
  }

  public HashMap(int capacity) {
    if (capacity < 0) throw new IllegalArgumentException("Illegal initial capacity: " + capacity);
    threshold = tableSizeFor(capacity);
  }

  public HashMap(Map<K, V> other) {
    putAll(other);
  }

  static int tableSizeFor(int capacity) {
    int n = -1 >>> Integer.numberOfLeadingZeros(capacity - 1);
    return n < 0 ? 1 : (n >= 1073741824 ? 1073741824 : n + 1);
  }

  static int hash(Object key) {
    if (key == null) return 0;
    int h = key.hashCode();
    return h ^ (h >>> 16);
  }

  public int size() {
    return count;
  }

  public boolean isEmpty() {
    return count == 0;
  }

  Node<K, V> find(Object key) {
    Node<K, V>[] tab = table;
    if (tab == null) return null;
    int h = hash(key);
    Node<K, V> node = tab[h & (tab.length - 1)];
    while (node != null) {
      if (node.hash == h && Objects.equals(node.key, key)) return node;
      node = node.next;
    }
    return null;
  }

  public V get(Object key) {
    Node<K, V> node = find(key);
    if (node == null) return null;
    if (accessOrder) moveToEnd(node);
    return node.value;
  }

  void append(Node<K, V> node) {
    if (!linked) return;
    node.before = tail;
    if (tail == null) head = node;
    else tail.after = node;
    tail = node;
  }

  void unlinkNode(Node<K, V> node) {
    if (!linked) return;
    if (node.before == null) head = node.after;
    else node.before.after = node.after;
    if (node.after == null) tail = node.before;
    else node.after.before = node.before;
    node.before = null;
    node.after = null;
  }

  // An access-ordered LinkedHashMap moves an entry it reads to the end: a structural change, as in the JDK.
  void moveToEnd(Node<K, V> node) {
    if (tail != node) {
      unlinkNode(node);
      append(node);
      modifications++;
    }
  }

  boolean removeEldestEntry(Map.Entry<K, V> eldest) {
    return false;
  }

  public boolean containsKey(Object key) {
    return find(key) != null;
  }

  public boolean containsValue(Object value) {
    Node<K, V>[] tab = table;
    if (tab == null) return false;
    for (int i = 0; i < tab.length; i++) {
      for (Node<K, V> node = tab[i]; node != null; node = node.next) {
        if (Objects.equals(value, node.value)) return true;
      }
    }
    return false;
  }

  public V put(K key, V value) {
    return putValue(key, value, false);
  }

  public V putIfAbsent(K key, V value) {
    return putValue(key, value, true);
  }

  // The JDK's insertion: a new key goes at the end of its chain (or, in a tree bin, after its tree parent),
  // a chain that reaches nine entries becomes a tree (or the table doubles while it is under 64 chains),
  // and the table doubles once the count passes three quarters of it.
  V putValue(K key, V value, boolean onlyIfAbsent) {
    if (table == null) resize();
    int h = hash(key);
    int index = h & (table.length - 1);
    Node<K, V> node = table[index];
    Node<K, V> created;
    if (node == null) {
      created = new Node<K, V>(h, key, value);
      table[index] = created;
    } else {
      // One walk of the chain: the key's node if it is there, else the chain's last node and length.
      Node<K, V> last = node;
      int length = 0;
      for (Node<K, V> at = node; at != null; at = at.next) {
        if (at.hash == h && Objects.equals(at.key, key)) {
          V old = at.value;
          if (!onlyIfAbsent || old == null) at.value = value;
          if (accessOrder) moveToEnd(at);
          return old;
        }
        last = at;
        length++;
      }
      if (node instanceof TreeNode) {
        created = putTreeNode(table, (TreeNode<K, V>) node, h, key, value);
      } else {
        created = new Node<K, V>(h, key, value);
        last.next = created;
        if (length >= 8 && !concurrent) treeifyBin(h);
      }
    }
    append(created);
    modifications++;
    count++;
    if (concurrent ? count >= threshold : count > threshold) resize();
    if (linked && head != null && removeEldestEntry(head)) removeNode(head.key);
    return null;
  }

  static <K, V> Node<K, V> findInChain(Node<K, V> node, int h, Object key) {
    while (node != null) {
      if (node.hash == h && Objects.equals(node.key, key)) return node;
      node = node.next;
    }
    return null;
  }

  // A copy (or a putAll into an empty map) sizes the table for the other map first, as the JDK 17 does: for
  // size / 0.75 + 1 entries, which can be twice what inserting one by one reaches.
  public void putAll(Map<K, V> other) {
    int size = other.size();
    if (size > 0) {
      if (table == null) {
        float wanted = (float) size / 0.75f + 1.0f;
        int capacity = wanted < 1073741824.0f ? (int) wanted : 1073741824;
        if (capacity > threshold) threshold = tableSizeFor(capacity);
      } else {
        while (size > threshold && table.length < 1073741824) resize();
      }
    }
    // As the JDK's, straight into the table: a subclass's `put` is not called.
    Iterator<Map.Entry<K, V>> it = other.entrySet().iterator();
    while (it.hasNext()) {
      Map.Entry<K, V> entry = it.next();
      putValue(entry.getKey(), entry.getValue(), false);
    }
  }

  // computeIfAbsent, compute and merge as the JDK's HashMap has them, which differ from put in what a
  // program can see in the order of iteration: a new key goes at the head of its chain, not the end, and the
  // table doubles at the start of the next such call (or put) rather than right after the insertion.
  Node<K, V>[] tableForCompute() {
    if (count > threshold || table == null || table.length == 0) resize();
    return table;
  }

  Node<K, V> insertForCompute(Node<K, V>[] tab, int h, K key, V value) {
    int index = h & (tab.length - 1);
    Node<K, V> first = tab[index];
    Node<K, V> created;
    if (first instanceof TreeNode) {
      created = putTreeNode(tab, (TreeNode<K, V>) first, h, key, value);
    } else {
      int length = 0;
      for (Node<K, V> node = first; node != null; node = node.next) length++;
      created = new Node<K, V>(h, key, value);
      created.next = first;
      tab[index] = created;
      if (length >= 7) treeifyBin(h);
    }
    append(created);
    return created;
  }

  void afterComputeInsertion() {
    count++;
    if (linked && head != null && removeEldestEntry(head)) removeNode(head.key);
  }

  public V computeIfAbsent(K key, java.util.function.Function<K, V> mapping) {
    if (mapping == null) throw new NullPointerException();
    int h = hash(key);
    Node<K, V>[] tab = tableForCompute();
    Node<K, V> old = findInChain(tab[h & (tab.length - 1)], h, key);
    if (old != null && old.value != null) {
      if (accessOrder) moveToEnd(old);
      return old.value;
    }
    int expected = modifications;
    V value = mapping.apply(key);
    if (expected != modifications) throw new ConcurrentModificationException();
    if (value == null) return null;
    if (old != null) {
      old.value = value;
      if (accessOrder) moveToEnd(old);
      return value;
    }
    insertForCompute(tab, h, key, value);
    modifications = expected + 1;
    afterComputeInsertion();
    return value;
  }

  public V computeIfPresent(K key, java.util.function.BiFunction<K, V, V> remapping) {
    if (remapping == null) throw new NullPointerException();
    Node<K, V> node = find(key);
    if (node != null && node.value != null) {
      int expected = modifications;
      V value = remapping.apply(key, node.value);
      if (expected != modifications) throw new ConcurrentModificationException();
      if (value == null) {
        removeNode(key);
      } else {
        node.value = value;
        if (accessOrder) moveToEnd(node);
        return value;
      }
    }
    return null;
  }

  public V compute(K key, java.util.function.BiFunction<K, V, V> remapping) {
    if (remapping == null) throw new NullPointerException();
    int h = hash(key);
    Node<K, V>[] tab = tableForCompute();
    Node<K, V> old = findInChain(tab[h & (tab.length - 1)], h, key);
    int expected = modifications;
    V value = remapping.apply(key, old == null ? null : old.value);
    if (expected != modifications) throw new ConcurrentModificationException();
    if (old != null) {
      if (value != null) {
        old.value = value;
        if (accessOrder) moveToEnd(old);
      } else {
        removeNode(key);
      }
    } else if (value != null) {
      insertForCompute(tab, h, key, value);
      modifications = expected + 1;
      afterComputeInsertion();
    }
    return value;
  }

  public V merge(K key, V value, java.util.function.BiFunction<V, V, V> remapping) {
    if (value == null || remapping == null) throw new NullPointerException();
    int h = hash(key);
    Node<K, V>[] tab = tableForCompute();
    Node<K, V> old = findInChain(tab[h & (tab.length - 1)], h, key);
    if (old != null) {
      V updated;
      if (old.value != null) {
        int expected = modifications;
        updated = remapping.apply(old.value, value);
        if (expected != modifications) throw new ConcurrentModificationException();
      } else {
        updated = value;
      }
      if (updated != null) {
        old.value = updated;
        if (accessOrder) moveToEnd(old);
      } else {
        removeNode(key);
      }
      return updated;
    }
    insertForCompute(tab, h, key, value);
    modifications++;
    afterComputeInsertion();
    return value;
  }

  void resize() {
    Node<K, V>[] old = table;
    int oldCapacity = old == null ? 0 : old.length;
    int capacity;
    if (oldCapacity > 0) {
      capacity = oldCapacity * 2;
    } else if (threshold > 0) {
      capacity = threshold;
    } else {
      capacity = 16;
    }
    threshold = (int) (capacity * 0.75f);
    Node<K, V>[] tab = (Node<K, V>[]) new Node[capacity];
    table = tab;
    for (int i = 0; i < oldCapacity; i++) {
      Node<K, V> node = old[i];
      if (node instanceof TreeNode) {
        splitTree(tab, (TreeNode<K, V>) node, i, oldCapacity);
        continue;
      }
      if (concurrent) {
        if (node != null) splitConcurrent(tab, node, i, oldCapacity);
        continue;
      }
      Node<K, V> lowHead = null, lowTail = null, highHead = null, highTail = null;
      while (node != null) {
        Node<K, V> next = node.next;
        node.next = null;
        if ((node.hash & oldCapacity) == 0) {
          if (lowTail == null) lowHead = node;
          else lowTail.next = node;
          lowTail = node;
        } else {
          if (highTail == null) highHead = node;
          else highTail.next = node;
          highTail = node;
        }
        node = next;
      }
      tab[i] = lowHead;
      tab[i + oldCapacity] = highHead;
    }
  }

  // ConcurrentHashMap's split of a chain: the last run of nodes that go the same way stays linked as it is,
  // and the nodes before it are pushed, in order, onto the front of their side (so they end up reversed).
  static <K, V> void splitConcurrent(Node<K, V>[] tab, Node<K, V> first, int index, int bit) {
    int runBit = first.hash & bit;
    Node<K, V> lastRun = first;
    for (Node<K, V> node = first.next; node != null; node = node.next) {
      int side = node.hash & bit;
      if (side != runBit) {
        runBit = side;
        lastRun = node;
      }
    }
    Node<K, V> low = runBit == 0 ? lastRun : null;
    Node<K, V> high = runBit == 0 ? null : lastRun;
    Node<K, V> node = first;
    while (node != lastRun) {
      Node<K, V> next = node.next;
      if ((node.hash & bit) == 0) {
        node.next = low;
        low = node;
      } else {
        node.next = high;
        high = node;
      }
      node = next;
    }
    tab[index] = low;
    tab[index + bit] = high;
  }

  Node<K, V> removeNode(Object key) {
    return removeNode(key, true);
  }

  // `movable` is false for an iterator's remove, which (as in the JDK) leaves a tree bin's root where it is.
  Node<K, V> removeNode(Object key, boolean movable) {
    Node<K, V>[] tab = table;
    if (tab == null) return null;
    int h = hash(key);
    int index = h & (tab.length - 1);
    Node<K, V> first = tab[index];
    if (first instanceof TreeNode) {
      Node<K, V> found = findInChain(first, h, key);
      if (found == null) return null;
      removeTreeNode(tab, (TreeNode<K, V>) found, movable);
      unlinkNode(found);
      count--;
      modifications++;
      return found;
    }
    Node<K, V> previous = null;
    Node<K, V> node = first;
    while (node != null) {
      if (node.hash == h && Objects.equals(node.key, key)) {
        if (previous == null) tab[index] = node.next;
        else previous.next = node.next;
        unlinkNode(node);
        count--;
        modifications++;
        return node;
      }
      previous = node;
      node = node.next;
    }
    return null;
  }

  // Tree bins. The JDK turns a long chain into a red-black tree ordered by hash, then by compareTo for keys of
  // one Comparable class; the chain's order (which iteration follows) then depends on the tree: the root is
  // moved to the head of the chain and a new key goes right after its tree parent. Kiln builds the same trees
  // so that a program sees the same order; lookups still walk the chain.
  void treeifyBin(int h) {
    Node<K, V>[] tab = table;
    if (tab.length < 64) {
      resize();
      return;
    }
    int index = h & (tab.length - 1);
    TreeNode<K, V> first = null, last = null;
    for (Node<K, V> node = tab[index]; node != null; node = node.next) {
      TreeNode<K, V> tree = new TreeNode<K, V>(node.hash, node.key, node.value);
      replaceLinks(node, tree);
      if (last == null) {
        first = tree;
      } else {
        tree.previous = last;
        last.next = tree;
      }
      last = tree;
    }
    tab[index] = first;
    if (first != null) treeify(tab, first);
  }

  // A replacement node takes the old one's place on the insertion-order list of a LinkedHashMap.
  void replaceLinks(Node<K, V> old, Node<K, V> replacement) {
    if (!linked) return;
    replacement.before = old.before;
    replacement.after = old.after;
    if (old.before == null) head = replacement;
    else old.before.after = replacement;
    if (old.after == null) tail = replacement;
    else old.after.before = replacement;
  }

  // A tree bin back to a plain chain, in its chain order.
  Node<K, V> untreeify(TreeNode<K, V> first) {
    Node<K, V> newHead = null, newTail = null;
    for (Node<K, V> node = first; node != null; node = node.next) {
      Node<K, V> plain = new Node<K, V>(node.hash, node.key, node.value);
      replaceLinks(node, plain);
      if (newTail == null) newHead = plain;
      else newTail.next = plain;
      newTail = plain;
    }
    return newHead;
  }

  static boolean comparableKeys(Object a, Object b) {
    return a instanceof Comparable && !(a instanceof Enum) && b != null && a.getClass() == b.getClass();
  }

  // Keys of different classes, or not comparable, or equal by compareTo: the class names, then the
  // identity hash codes (which on the JVM vary from run to run, so no program can rely on them).
  static int tieBreakOrder(Object a, Object b) {
    int order = 0;
    if (a != null && b != null) order = a.getClass().getName().compareTo(b.getClass().getName());
    if (a == null || b == null || order == 0) {
      order = System.identityHashCode(a) <= System.identityHashCode(b) ? -1 : 1;
    }
    return order;
  }

  static int direction(int h, Object key, TreeNode<?, ?> node) {
    if (node.hash > h) return -1;
    if (node.hash < h) return 1;
    int order = comparableKeys(key, node.key) ? ((Comparable) key).compareTo(node.key) : 0;
    return order != 0 ? order : tieBreakOrder(key, node.key);
  }

  static <K, V> void treeify(Node<K, V>[] tab, TreeNode<K, V> first) {
    TreeNode<K, V> root = null;
    TreeNode<K, V> node = first;
    while (node != null) {
      TreeNode<K, V> next = (TreeNode<K, V>) node.next;
      node.left = null;
      node.right = null;
      if (root == null) {
        node.parent = null;
        node.red = false;
        root = node;
      } else {
        TreeNode<K, V> at = root;
        while (true) {
          int dir = direction(node.hash, node.key, at);
          TreeNode<K, V> child = dir <= 0 ? at.left : at.right;
          if (child == null) {
            node.parent = at;
            if (dir <= 0) at.left = node;
            else at.right = node;
            root = balanceInsertion(root, node);
            break;
          }
          at = child;
        }
      }
      node = next;
    }
    moveRootToFront(tab, root);
  }

  // A new key in a tree bin (the caller has made sure it is not there): a leaf under the node where the
  // search ends, and right after that node in the chain.
  TreeNode<K, V> putTreeNode(Node<K, V>[] tab, TreeNode<K, V> first, int h, K key, V value) {
    TreeNode<K, V> root = rootOf(first);
    TreeNode<K, V> at = root;
    while (true) {
      int dir = direction(h, key, at);
      TreeNode<K, V> child = dir <= 0 ? at.left : at.right;
      if (child == null) {
        Node<K, V> after = at.next;
        TreeNode<K, V> created = new TreeNode<K, V>(h, key, value);
        created.next = after;
        if (dir <= 0) at.left = created;
        else at.right = created;
        at.next = created;
        created.parent = at;
        created.previous = at;
        if (after != null) ((TreeNode<K, V>) after).previous = created;
        moveRootToFront(tab, balanceInsertion(root, created));
        return created;
      }
      at = child;
    }
  }

  static <K, V> TreeNode<K, V> rootOf(TreeNode<K, V> node) {
    while (node.parent != null) node = node.parent;
    return node;
  }

  static <K, V> void moveRootToFront(Node<K, V>[] tab, TreeNode<K, V> root) {
    if (root == null || tab == null || tab.length == 0) return;
    int index = root.hash & (tab.length - 1);
    TreeNode<K, V> first = (TreeNode<K, V>) tab[index];
    if (root == first) return;
    tab[index] = root;
    TreeNode<K, V> before = root.previous;
    Node<K, V> after = root.next;
    if (after != null) ((TreeNode<K, V>) after).previous = before;
    if (before != null) before.next = after;
    if (first != null) first.previous = root;
    root.next = first;
    root.previous = null;
  }

  static <K, V> TreeNode<K, V> rotateLeft(TreeNode<K, V> root, TreeNode<K, V> node) {
    TreeNode<K, V> right = node == null ? null : node.right;
    if (right == null) return root;
    TreeNode<K, V> inner = right.left;
    node.right = inner;
    if (inner != null) inner.parent = node;
    TreeNode<K, V> parent = node.parent;
    right.parent = parent;
    if (parent == null) {
      root = right;
      right.red = false;
    } else if (parent.left == node) {
      parent.left = right;
    } else {
      parent.right = right;
    }
    right.left = node;
    node.parent = right;
    return root;
  }

  static <K, V> TreeNode<K, V> rotateRight(TreeNode<K, V> root, TreeNode<K, V> node) {
    TreeNode<K, V> left = node == null ? null : node.left;
    if (left == null) return root;
    TreeNode<K, V> inner = left.right;
    node.left = inner;
    if (inner != null) inner.parent = node;
    TreeNode<K, V> parent = node.parent;
    left.parent = parent;
    if (parent == null) {
      root = left;
      left.red = false;
    } else if (parent.right == node) {
      parent.right = left;
    } else {
      parent.left = left;
    }
    left.right = node;
    node.parent = left;
    return root;
  }

  static <K, V> TreeNode<K, V> balanceInsertion(TreeNode<K, V> root, TreeNode<K, V> node) {
    node.red = true;
    while (true) {
      TreeNode<K, V> parent = node.parent;
      if (parent == null) {
        node.red = false;
        return node;
      }
      TreeNode<K, V> grandparent = parent.parent;
      if (!parent.red || grandparent == null) return root;
      if (parent == grandparent.left) {
        TreeNode<K, V> uncle = grandparent.right;
        if (uncle != null && uncle.red) {
          uncle.red = false;
          parent.red = false;
          grandparent.red = true;
          node = grandparent;
        } else {
          if (node == parent.right) {
            node = parent;
            root = rotateLeft(root, node);
            parent = node.parent;
            grandparent = parent == null ? null : parent.parent;
          }
          if (parent != null) {
            parent.red = false;
            if (grandparent != null) {
              grandparent.red = true;
              root = rotateRight(root, grandparent);
            }
          }
        }
      } else {
        TreeNode<K, V> uncle = grandparent.left;
        if (uncle != null && uncle.red) {
          uncle.red = false;
          parent.red = false;
          grandparent.red = true;
          node = grandparent;
        } else {
          if (node == parent.left) {
            node = parent;
            root = rotateRight(root, node);
            parent = node.parent;
            grandparent = parent == null ? null : parent.parent;
          }
          if (parent != null) {
            parent.red = false;
            if (grandparent != null) {
              grandparent.red = true;
              root = rotateLeft(root, grandparent);
            }
          }
        }
      }
    }
  }

  static <K, V> TreeNode<K, V> balanceDeletion(TreeNode<K, V> root, TreeNode<K, V> node) {
    while (true) {
      if (node == null || node == root) return root;
      TreeNode<K, V> parent = node.parent;
      if (parent == null) {
        node.red = false;
        return node;
      }
      if (node.red) {
        node.red = false;
        return root;
      }
      if (parent.left == node) {
        TreeNode<K, V> sibling = parent.right;
        if (sibling != null && sibling.red) {
          sibling.red = false;
          parent.red = true;
          root = rotateLeft(root, parent);
          parent = node.parent;
          sibling = parent == null ? null : parent.right;
        }
        if (sibling == null) {
          node = parent;
        } else {
          TreeNode<K, V> nearChild = sibling.left, farChild = sibling.right;
          if ((farChild == null || !farChild.red) && (nearChild == null || !nearChild.red)) {
            sibling.red = true;
            node = parent;
          } else {
            if (farChild == null || !farChild.red) {
              if (nearChild != null) nearChild.red = false;
              sibling.red = true;
              root = rotateRight(root, sibling);
              parent = node.parent;
              sibling = parent == null ? null : parent.right;
            }
            if (sibling != null) {
              sibling.red = parent == null ? false : parent.red;
              farChild = sibling.right;
              if (farChild != null) farChild.red = false;
            }
            if (parent != null) {
              parent.red = false;
              root = rotateLeft(root, parent);
            }
            node = root;
          }
        }
      } else {
        TreeNode<K, V> sibling = parent.left;
        if (sibling != null && sibling.red) {
          sibling.red = false;
          parent.red = true;
          root = rotateRight(root, parent);
          parent = node.parent;
          sibling = parent == null ? null : parent.left;
        }
        if (sibling == null) {
          node = parent;
        } else {
          TreeNode<K, V> nearChild = sibling.right, farChild = sibling.left;
          if ((farChild == null || !farChild.red) && (nearChild == null || !nearChild.red)) {
            sibling.red = true;
            node = parent;
          } else {
            if (farChild == null || !farChild.red) {
              if (nearChild != null) nearChild.red = false;
              sibling.red = true;
              root = rotateLeft(root, sibling);
              parent = node.parent;
              sibling = parent == null ? null : parent.left;
            }
            if (sibling != null) {
              sibling.red = parent == null ? false : parent.red;
              farChild = sibling.left;
              if (farChild != null) farChild.red = false;
            }
            if (parent != null) {
              parent.red = false;
              root = rotateRight(root, parent);
            }
            node = root;
          }
        }
      }
    }
  }

  // Removing a tree node: off the chain, then off the tree (swapping places with its successor when it has
  // two children); a tree left too small becomes a chain again.
  void removeTreeNode(Node<K, V>[] tab, TreeNode<K, V> node, boolean movable) {
    int index = node.hash & (tab.length - 1);
    TreeNode<K, V> first = (TreeNode<K, V>) tab[index];
    // The root is looked for from the bin's head before the removal (which may be the node going).
    TreeNode<K, V> root = first.parent != null ? rootOf(first) : first;
    TreeNode<K, V> successorInChain = (TreeNode<K, V>) node.next;
    TreeNode<K, V> predecessorInChain = node.previous;
    if (predecessorInChain == null) {
      first = successorInChain;
      tab[index] = first;
    } else {
      predecessorInChain.next = successorInChain;
    }
    if (successorInChain != null) successorInChain.previous = predecessorInChain;
    if (first == null) return;
    if (root == null || (movable && (root.right == null || root.left == null || root.left.left == null))) {
      tab[index] = untreeify(first);
      return;
    }
    TreeNode<K, V> left = node.left, right = node.right, replacement;
    if (left != null && right != null) {
      TreeNode<K, V> successor = right;
      while (successor.left != null) successor = successor.left;
      boolean color = successor.red;
      successor.red = node.red;
      node.red = color;
      TreeNode<K, V> successorRight = successor.right;
      TreeNode<K, V> parent = node.parent;
      if (successor == right) {
        node.parent = successor;
        successor.right = node;
      } else {
        TreeNode<K, V> successorParent = successor.parent;
        node.parent = successorParent;
        if (successorParent != null) {
          if (successor == successorParent.left) successorParent.left = node;
          else successorParent.right = node;
        }
        successor.right = right;
        right.parent = successor;
      }
      node.left = null;
      node.right = successorRight;
      if (successorRight != null) successorRight.parent = node;
      successor.left = left;
      left.parent = successor;
      successor.parent = parent;
      if (parent == null) root = successor;
      else if (node == parent.left) parent.left = successor;
      else parent.right = successor;
      replacement = successorRight != null ? successorRight : node;
    } else if (left != null) {
      replacement = left;
    } else if (right != null) {
      replacement = right;
    } else {
      replacement = node;
    }
    if (replacement != node) {
      TreeNode<K, V> parent = node.parent;
      replacement.parent = parent;
      if (parent == null) {
        root = replacement;
        replacement.red = false;
      } else if (node == parent.left) {
        parent.left = replacement;
      } else {
        parent.right = replacement;
      }
      node.left = null;
      node.right = null;
      node.parent = null;
    }
    TreeNode<K, V> newRoot = node.red ? root : balanceDeletion(root, replacement);
    if (replacement == node) {
      TreeNode<K, V> parent = node.parent;
      node.parent = null;
      if (parent != null) {
        if (node == parent.left) parent.left = null;
        else if (node == parent.right) parent.right = null;
      }
    }
    if (movable) moveRootToFront(tab, newRoot);
  }

  // A tree bin when the table doubles: two chains in order; a side of six or fewer becomes a plain chain,
  // a larger one a new tree (unless the whole bin moved together and keeps its tree).
  void splitTree(Node<K, V>[] tab, TreeNode<K, V> first, int index, int bit) {
    TreeNode<K, V> lowHead = null, lowTail = null, highHead = null, highTail = null;
    int lowCount = 0, highCount = 0;
    TreeNode<K, V> node = first;
    while (node != null) {
      TreeNode<K, V> next = (TreeNode<K, V>) node.next;
      node.next = null;
      if ((node.hash & bit) == 0) {
        node.previous = lowTail;
        if (lowTail == null) lowHead = node;
        else lowTail.next = node;
        lowTail = node;
        lowCount++;
      } else {
        node.previous = highTail;
        if (highTail == null) highHead = node;
        else highTail.next = node;
        highTail = node;
        highCount++;
      }
      node = next;
    }
    if (lowHead != null) {
      if (lowCount <= 6) {
        tab[index] = untreeify(lowHead);
      } else {
        tab[index] = lowHead;
        if (highHead != null) treeify(tab, lowHead);
      }
    }
    if (highHead != null) {
      if (highCount <= 6) {
        tab[index + bit] = untreeify(highHead);
      } else {
        tab[index + bit] = highHead;
        if (lowHead != null) treeify(tab, highHead);
      }
    }
  }

  public V remove(Object key) {
    Node<K, V> node = removeNode(key);
    return node == null ? null : node.value;
  }

  public void clear() {
    if (table != null && count > 0) {
      for (int i = 0; i < table.length; i++) table[i] = null;
      count = 0;
      head = null;
      tail = null;
      modifications++;
    }
  }

  Iterator viewIterator(int kind) {
    return new HashMapIterator(this, kind);
  }


  public Object clone() {
    HashMap<K, V> copy = new HashMap<K, V>();
    copy.putAll(this);
    return copy;
  }

  static class Node<K, V> extends AbstractMap.SimpleEntry<K, V> {
    final int hash;
    Node<K, V> next;
    Node<K, V> before;
    Node<K, V> after;

    Node(int hash, K key, V value) {
      super(key, value);
      this.hash = hash;
    }
  }

  static final class TreeNode<K, V> extends Node<K, V> {
    TreeNode<K, V> parent;
    TreeNode<K, V> left;
    TreeNode<K, V> right;
    TreeNode<K, V> previous;
    boolean red;

    TreeNode(int hash, K key, V value) {
      super(hash, key, value);
    }
  }

  // The JDK's order of visits, and its failure on a change through the map: the forEach of a linked map
  // follows its list, a plain one the table it started with, and both report a change after the visits.
  public void forEach(java.util.function.BiConsumer<K, V> action) {
    if (action == null) throw new NullPointerException();
    int expected = modifications;
    if (linked) {
      for (Node<K, V> node = head; node != null; node = node.after) action.accept(node.key, node.value);
    } else if (count > 0 && table != null) {
      Node<K, V>[] tab = table;
      for (int i = 0; i < tab.length; i++) {
        for (Node<K, V> node = tab[i]; node != null; node = node.next) action.accept(node.key, node.value);
      }
    }
    if (modifications != expected) throw new ConcurrentModificationException();
  }

  // The key set (kind 0), the values (1) and the entry set (2): live views of the map. As the JDK's, an
  // iterator fails fast: a change of the map's structure other than through it throws
  // ConcurrentModificationException at its next step.
  static final class HashMapIterator<E> implements Iterator<E> {
    final HashMap map;
    final int kind;
    Node next;
    Node current;
    int index;
    int expected;

    HashMapIterator(HashMap map, int kind) {
      this.map = map;
      this.kind = kind;
      this.expected = map.modifications;
      if (map.linked) {
        next = map.head;
        return;
      }
      Node[] tab = map.table;
      if (tab != null && map.count > 0) {
        while (index < tab.length && next == null) next = tab[index++];
      }
    }

    public boolean hasNext() {
      return next != null;
    }

    public E next() {
      if (map.modifications != expected) throw new ConcurrentModificationException();
      Node node = next;
      if (node == null) throw new NoSuchElementException();
      current = node;
      if (map.linked) {
        next = node.after;
        return kind == 0 ? (E) node.key : kind == 1 ? (E) node.value : (E) node;
      }
      next = node.next;
      Node[] tab = map.table;
      while (next == null && tab != null && index < tab.length) next = tab[index++];
      if (kind == 0) return (E) node.key;
      if (kind == 1) return (E) node.value;
      return (E) node;
    }

    public void remove() {
      if (current == null) throw new IllegalStateException();
      if (map.modifications != expected) throw new ConcurrentModificationException();
      map.removeNode(current.key, false);
      current = null;
      expected = map.modifications;
    }
  }
}
