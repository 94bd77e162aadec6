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

// Elements compare by identity in compareAndSet, as the JDK's.
public class AtomicReferenceArray<E> {
  private final Object[] values;

  public AtomicReferenceArray(int length) {
    values = new Object[length];
  }

  public AtomicReferenceArray(E[] array) {
    values = java.util.Arrays.copyOf(array, array.length, Object[].class);
  }

  public final int length() {
    return values.length;
  }

  // The runtime library's own array accesses are not checked, so the index is, as the JDK's is.
  private int at(int i) {
    if (i < 0 || i >= values.length) {
      throw new ArrayIndexOutOfBoundsException("Index " + i + " out of bounds for length " + values.length);
    }
    return i;
  }

  public final E get(int i) {
    return (E) values[at(i)];
  }

  public final void set(int i, E newValue) {
    values[at(i)] = newValue;
  }

  public final void lazySet(int i, E newValue) {
    values[at(i)] = newValue;
  }

  public final E getAndSet(int i, E newValue) {
    Object old = values[at(i)];
    values[at(i)] = newValue;
    return (E) old;
  }

  public final boolean compareAndSet(int i, E expected, E newValue) {
    if (values[at(i)] != expected) return false;
    values[at(i)] = newValue;
    return true;
  }

  public final boolean weakCompareAndSet(int i, E expected, E newValue) {
    return compareAndSet(i, expected, newValue);
  }

  public final E getAndUpdate(int i, UnaryOperator<E> function) {
    E old = (E) values[at(i)];
    values[at(i)] = function.apply(old);
    return old;
  }

  public final E updateAndGet(int i, UnaryOperator<E> function) {
    values[at(i)] = function.apply((E) values[at(i)]);
    return (E) values[at(i)];
  }

  public final E getAndAccumulate(int i, E other, BinaryOperator<E> function) {
    E old = (E) values[at(i)];
    values[at(i)] = function.apply(old, other);
    return old;
  }

  public final E accumulateAndGet(int i, E other, BinaryOperator<E> function) {
    values[at(i)] = function.apply((E) values[at(i)], other);
    return (E) values[at(i)];
  }

  public String toString() {
    return java.util.Arrays.toString(values);
  }
}

// One thread: the JDK's striped cells are one sum.
public class LongAdder implements Number {
  private long sum;

  public LongAdder() {}

  public void add(long x) {
    sum += x;
  }

  public void increment() {
    sum++;
  }

  public void decrement() {
    sum--;
  }

  public long sum() {
    return sum;
  }

  public void reset() {
    sum = 0L;
  }

  public long sumThenReset() {
    long result = sum;
    sum = 0L;
    return result;
  }

  public int intValue() {
    return (int) sum;
  }

  public long longValue() {
    return sum;
  }

  public float floatValue() {
    return (float) sum;
  }

  public double doubleValue() {
    return (double) sum;
  }

  public String toString() {
    return Long.toString(sum);
  }
}

public class DoubleAdder implements Number {
  private double sum;

  public DoubleAdder() {}

  public void add(double x) {
    sum += x;
  }

  public double sum() {
    return sum;
  }

  public void reset() {
    sum = 0.0;
  }

  public double sumThenReset() {
    double result = sum;
    sum = 0.0;
    return result;
  }

  public int intValue() {
    return (int) sum;
  }

  public long longValue() {
    return (long) sum;
  }

  public float floatValue() {
    return (float) sum;
  }

  public double doubleValue() {
    return sum;
  }

  public String toString() {
    return Double.toString(sum);
  }
}

public class LongAccumulator implements Number {
  private final java.util.function.LongBinaryOperator function;
  private final long identity;
  private long value;

  public LongAccumulator(java.util.function.LongBinaryOperator function, long identity) {
    this.function = function;
    this.identity = identity;
    this.value = identity;
  }

  public void accumulate(long x) {
    value = function.applyAsLong(value, x);
  }

  public long get() {
    return value;
  }

  public void reset() {
    value = identity;
  }

  public long getThenReset() {
    long result = value;
    value = identity;
    return result;
  }

  public int intValue() {
    return (int) value;
  }

  public long longValue() {
    return value;
  }

  public float floatValue() {
    return (float) value;
  }

  public double doubleValue() {
    return (double) value;
  }

  public String toString() {
    return Long.toString(value);
  }
}
