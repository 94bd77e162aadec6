// Kiln's runtime library: java.util.Optional, in Java; translate.sh turns it into runtime-lib/java.util.collections.ir.
package java.util;

import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Stream;

public final class Optional<T> {
  private static final Optional EMPTY = new Optional(null);

  private final T value;

  private Optional(T value) {
    this.value = value;
  }

  public static Optional empty() {
    return EMPTY;
  }

  public static Optional of(Object value) {
    if (value == null) throw new NullPointerException();
    return new Optional(value);
  }

  public static Optional ofNullable(Object value) {
    return value == null ? EMPTY : new Optional(value);
  }

  public T get() {
    if (value == null) throw new NoSuchElementException("No value present");
    return value;
  }

  public T orElseThrow() {
    if (value == null) throw new NoSuchElementException("No value present");
    return value;
  }

  public T orElseThrow(Supplier exceptionSupplier) {
    if (value == null) throw (Throwable) exceptionSupplier.get();
    return value;
  }

  public boolean isPresent() {
    return value != null;
  }

  public boolean isEmpty() {
    return value == null;
  }

  public void ifPresent(Consumer<T> action) {
    if (value != null) action.accept(value);
  }

  public void ifPresentOrElse(Consumer<T> action, Runnable emptyAction) {
    if (value != null) action.accept(value);
    else emptyAction.run();
  }

  public Optional<T> filter(Predicate<T> predicate) {
    if (predicate == null) throw new NullPointerException();
    if (value == null) return this;
    return predicate.test(value) ? this : EMPTY;
  }

  public Optional map(Function<T, Object> mapper) {
    if (mapper == null) throw new NullPointerException();
    if (value == null) return EMPTY;
    return ofNullable(mapper.apply(value));
  }

  public Optional flatMap(Function<T, Object> mapper) {
    if (mapper == null) throw new NullPointerException();
    if (value == null) return EMPTY;
    Optional result = (Optional) mapper.apply(value);
    if (result == null) throw new NullPointerException();
    return result;
  }

  public Optional or(Supplier supplier) {
    if (supplier == null) throw new NullPointerException();
    if (value != null) return this;
    Optional result = (Optional) supplier.get();
    if (result == null) throw new NullPointerException();
    return result;
  }

  public T orElse(T other) {
    return value != null ? value : other;
  }

  public T orElseGet(Supplier<T> supplier) {
    return value != null ? value : supplier.get();
  }

  // [second pass]
  public Stream stream() {
    return value == null ? Stream.empty() : Stream.of(value);
  }

  public boolean equals(Object other) {
    if (this == other) return true;
    if (!(other instanceof Optional)) return false;
    return Objects.equals(value, ((Optional) other).value);
  }

  public int hashCode() {
    return Objects.hashCode(value);
  }

  public String toString() {
    return value != null ? "Optional[" + value + "]" : "Optional.empty";
  }
}
