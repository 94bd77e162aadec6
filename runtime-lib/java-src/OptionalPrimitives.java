// Kiln's runtime library: java.util.OptionalInt, OptionalLong and OptionalDouble, in Java; translate.sh turns them
// into runtime-lib/java.util.collections.ir.
package java.util;

import java.util.function.DoubleConsumer;
import java.util.function.DoubleSupplier;
import java.util.function.IntConsumer;
import java.util.function.IntSupplier;
import java.util.function.LongConsumer;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import java.util.stream.DoubleStream;
import java.util.stream.IntStream;
import java.util.stream.LongStream;

public final class OptionalInt {
  private static final OptionalInt EMPTY = new OptionalInt(false, 0);

  private final boolean present;
  private final int value;

  private OptionalInt(boolean present, int value) {
    this.present = present;
    this.value = value;
  }

  public static OptionalInt empty() {
    return EMPTY;
  }

  public static OptionalInt of(int value) {
    return new OptionalInt(true, value);
  }

  public int getAsInt() {
    if (!present) throw new NoSuchElementException("No value present");
    return value;
  }

  public int orElseThrow() {
    if (!present) throw new NoSuchElementException("No value present");
    return value;
  }

  public int orElseThrow(Supplier exceptionSupplier) {
    if (!present) throw (RuntimeException) exceptionSupplier.get();
    return value;
  }

  public boolean isPresent() {
    return present;
  }

  public boolean isEmpty() {
    return !present;
  }

  public void ifPresent(IntConsumer action) {
    if (present) action.accept(value);
  }

  public void ifPresentOrElse(IntConsumer action, Runnable emptyAction) {
    if (present) action.accept(value);
    else emptyAction.run();
  }

  public int orElse(int other) {
    return present ? value : other;
  }

  public int orElseGet(IntSupplier supplier) {
    return present ? value : supplier.getAsInt();
  }

  // [second pass]
  public IntStream stream() {
    return present ? IntStream.of(value) : IntStream.empty();
  }

  public boolean equals(Object other) {
    if (this == other) return true;
    if (!(other instanceof OptionalInt)) return false;
    OptionalInt that = (OptionalInt) other;
    return present && that.present ? value == that.value : present == that.present;
  }

  public int hashCode() {
    return present ? Integer.hashCode(value) : 0;
  }

  public String toString() {
    return present ? "OptionalInt[" + value + "]" : "OptionalInt.empty";
  }
}

public final class OptionalLong {
  private static final OptionalLong EMPTY = new OptionalLong(false, 0L);

  private final boolean present;
  private final long value;

  private OptionalLong(boolean present, long value) {
    this.present = present;
    this.value = value;
  }

  public static OptionalLong empty() {
    return EMPTY;
  }

  public static OptionalLong of(long value) {
    return new OptionalLong(true, value);
  }

  public long getAsLong() {
    if (!present) throw new NoSuchElementException("No value present");
    return value;
  }

  public long orElseThrow() {
    if (!present) throw new NoSuchElementException("No value present");
    return value;
  }

  public long orElseThrow(Supplier exceptionSupplier) {
    if (!present) throw (RuntimeException) exceptionSupplier.get();
    return value;
  }

  public boolean isPresent() {
    return present;
  }

  public boolean isEmpty() {
    return !present;
  }

  public void ifPresent(LongConsumer action) {
    if (present) action.accept(value);
  }

  public void ifPresentOrElse(LongConsumer action, Runnable emptyAction) {
    if (present) action.accept(value);
    else emptyAction.run();
  }

  public long orElse(long other) {
    return present ? value : other;
  }

  public long orElseGet(LongSupplier supplier) {
    return present ? value : supplier.getAsLong();
  }

  // [second pass]
  public LongStream stream() {
    return present ? LongStream.of(value) : LongStream.empty();
  }

  public boolean equals(Object other) {
    if (this == other) return true;
    if (!(other instanceof OptionalLong)) return false;
    OptionalLong that = (OptionalLong) other;
    return present && that.present ? value == that.value : present == that.present;
  }

  public int hashCode() {
    return present ? Long.hashCode(value) : 0;
  }

  public String toString() {
    return present ? "OptionalLong[" + value + "]" : "OptionalLong.empty";
  }
}

public final class OptionalDouble {
  private static final OptionalDouble EMPTY = new OptionalDouble(false, 0.0);

  private final boolean present;
  private final double value;

  private OptionalDouble(boolean present, double value) {
    this.present = present;
    this.value = value;
  }

  public static OptionalDouble empty() {
    return EMPTY;
  }

  public static OptionalDouble of(double value) {
    return new OptionalDouble(true, value);
  }

  public double getAsDouble() {
    if (!present) throw new NoSuchElementException("No value present");
    return value;
  }

  public double orElseThrow() {
    if (!present) throw new NoSuchElementException("No value present");
    return value;
  }

  public double orElseThrow(Supplier exceptionSupplier) {
    if (!present) throw (RuntimeException) exceptionSupplier.get();
    return value;
  }

  public boolean isPresent() {
    return present;
  }

  public boolean isEmpty() {
    return !present;
  }

  public void ifPresent(DoubleConsumer action) {
    if (present) action.accept(value);
  }

  public void ifPresentOrElse(DoubleConsumer action, Runnable emptyAction) {
    if (present) action.accept(value);
    else emptyAction.run();
  }

  public double orElse(double other) {
    return present ? value : other;
  }

  public double orElseGet(DoubleSupplier supplier) {
    return present ? value : supplier.getAsDouble();
  }

  // [second pass]
  public DoubleStream stream() {
    return present ? DoubleStream.of(value) : DoubleStream.empty();
  }

  public boolean equals(Object other) {
    if (this == other) return true;
    if (!(other instanceof OptionalDouble)) return false;
    OptionalDouble that = (OptionalDouble) other;
    return present && that.present ? Double.compare(value, that.value) == 0 : present == that.present;
  }

  public int hashCode() {
    return present ? Double.hashCode(value) : 0;
  }

  public String toString() {
    return present ? "OptionalDouble[" + value + "]" : "OptionalDouble.empty";
  }
}
