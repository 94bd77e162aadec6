// Kiln's runtime library: java.util.AbstractSet, in Java; translate.sh turns it into runtime-lib/java.util.collections.ir.
package java.util;

public abstract class AbstractSet<E> extends AbstractCollection<E> implements Set<E> {
  protected AbstractSet() {
  }

  public boolean equals(Object other) {
    if (other == this) return true;
    if (!(other instanceof Set)) return false;
    Set<E> set = (Set<E>) other;
    return set.size() == size() && containsAll(set);
  }

  public int hashCode() {
    int hash = 0;
    Iterator<E> it = iterator();
    while (it.hasNext()) hash += Objects.hashCode(it.next());
    return hash;
  }
}
