// Kiln's runtime library: java.util.Stack, in Java; translate.sh turns it into runtime-lib/java.util.collections.ir.
// The JDK's Stack is a Vector, and so is Kiln's: the element methods and Vector's index messages are in Vector.
package java.util;

public class Stack<E> extends Vector<E> {
  public Stack() {
    super();
  }

  public E push(E value) {
    add(value);
    return value;
  }

  public E pop() {
    if (size() == 0) throw new EmptyStackException();
    return remove(size() - 1);
  }

  public E peek() {
    if (size() == 0) throw new EmptyStackException();
    return get(size() - 1);
  }

  public boolean empty() {
    return size() == 0;
  }

  public int search(Object value) {
    int index = lastIndexOf(value);
    return index >= 0 ? size() - index : -1;
  }
}
