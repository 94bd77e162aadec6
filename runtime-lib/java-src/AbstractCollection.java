// Kiln's runtime library: java.util.AbstractCollection, in Java; translate.sh turns it into runtime-lib/java.util.collections.ir.
package java.util;

public abstract class AbstractCollection<E> implements Collection<E> {
  protected AbstractCollection() {
  }

  public boolean contains(Object value) {
    Iterator<E> it = iterator();
    while (it.hasNext()) {
      if (Objects.equals(value, it.next())) return true;
    }
    return false;
  }

  public boolean add(E value) {
    throw new UnsupportedOperationException();
  }

  public boolean remove(Object value) {
    Iterator<E> it = iterator();
    while (it.hasNext()) {
      if (Objects.equals(value, it.next())) {
        it.remove();
        return true;
      }
    }
    return false;
  }

  public void clear() {
    Iterator<E> it = iterator();
    while (it.hasNext()) {
      it.next();
      it.remove();
    }
  }

  public String toString() {
    Iterator<E> it = iterator();
    if (!it.hasNext()) return "[]";
    StringBuilder text = new StringBuilder();
    text.append('[');
    while (true) {
      Object element = it.next();
      text.append(element == this ? "(this Collection)" : String.valueOf(element));
      if (!it.hasNext()) return text.append(']').toString();
      text.append(',').append(' ');
    }
  }
}
