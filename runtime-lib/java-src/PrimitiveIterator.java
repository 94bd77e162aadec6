// Kiln's runtime library: java.util.PrimitiveIterator (what IntStream.iterator() and the others return), in Java;
// translate.sh turns it into runtime-lib/java.util.collections.ir.
package java.util;

import java.util.function.Consumer;
import java.util.function.DoubleConsumer;
import java.util.function.IntConsumer;
import java.util.function.LongConsumer;

public interface PrimitiveIterator<T, C> extends Iterator<T> {
  interface OfInt extends PrimitiveIterator<Integer, IntConsumer> {
    int nextInt();

    default Integer next() {
      return Integer.valueOf(nextInt());
    }

    default void forEachRemaining(IntConsumer action) {
      if (action == null) throw new NullPointerException();
      while (hasNext()) action.accept(nextInt());
    }
  }

  interface OfLong extends PrimitiveIterator<Long, LongConsumer> {
    long nextLong();

    default Long next() {
      return Long.valueOf(nextLong());
    }

    default void forEachRemaining(LongConsumer action) {
      if (action == null) throw new NullPointerException();
      while (hasNext()) action.accept(nextLong());
    }
  }

  interface OfDouble extends PrimitiveIterator<Double, DoubleConsumer> {
    double nextDouble();

    default Double next() {
      return Double.valueOf(nextDouble());
    }

    default void forEachRemaining(DoubleConsumer action) {
      if (action == null) throw new NullPointerException();
      while (hasNext()) action.accept(nextDouble());
    }
  }
}
