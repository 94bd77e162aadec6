// Kiln's runtime library: java.util.concurrent.atomic.AtomicBoolean and AtomicReference, in Java; translate.sh turns
// them into runtime-lib/java.util.collections.ir (AtomicInteger and AtomicLong come from primitives.py). One thread,
// so the atomic operations are plain reads and writes.
package java.util.concurrent.atomic;

import java.util.function.BinaryOperator;
import java.util.function.UnaryOperator;

public class AtomicBoolean {
  private boolean value;

  public AtomicBoolean() {}

  public AtomicBoolean(boolean initial) {
    value = initial;
  }

  public final boolean get() {
    return value;
  }

  public final void set(boolean newValue) {
    value = newValue;
  }

  public final void lazySet(boolean newValue) {
    value = newValue;
  }

  public final boolean getAndSet(boolean newValue) {
    boolean old = value;
    value = newValue;
    return old;
  }

  public final boolean compareAndSet(boolean expected, boolean newValue) {
    if (value != expected) return false;
    value = newValue;
    return true;
  }

  public String toString() {
    return Boolean.toString(value);
  }
}

// compareAndSet compares references (==), as the JDK's does.
public class AtomicReference<V> {
  private V value;

  public AtomicReference() {}

  public AtomicReference(V initial) {
    value = initial;
  }

  public final V get() {
    return value;
  }

  public final void set(V newValue) {
    value = newValue;
  }

  public final void lazySet(V newValue) {
    value = newValue;
  }

  public final V getAndSet(V newValue) {
    V old = value;
    value = newValue;
    return old;
  }

  public final boolean compareAndSet(V expected, V newValue) {
    if (value != expected) return false;
    value = newValue;
    return true;
  }

  public final V getAndUpdate(UnaryOperator<V> function) {
    V old = value;
    value = function.apply(old);
    return old;
  }

  public final V updateAndGet(UnaryOperator<V> function) {
    value = function.apply(value);
    return value;
  }

  public final V getAndAccumulate(V other, BinaryOperator<V> function) {
    V old = value;
    value = function.apply(old, other);
    return old;
  }

  public final V accumulateAndGet(V other, BinaryOperator<V> function) {
    value = function.apply(value, other);
    return value;
  }

  public String toString() {
    return String.valueOf(value);
  }
}
