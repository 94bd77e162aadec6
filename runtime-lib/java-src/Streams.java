// Kiln's runtime library: java.util.stream (Stream, IntStream, LongStream, DoubleStream, Collector, Collectors),
// in Java; translate.sh turns it into runtime-lib/java.util.collections.ir.
//
// A stream is a chain of pull-based stages over java.util.Iterator: each intermediate operation wraps the
// iterator of the stage before it, and the terminal operation pulls. Pulling one element at a time through
// the whole chain gives the JDK's order of side effects for sequential streams (peek, map and filter of one
// element run before the next element is read), and laziness comes for free: `limit` and `findFirst` stop
// pulling, so infinite sources (`iterate`, `generate`) work, while `sorted` drains its source on the first pull.
// The primitive streams carry boxes through the same stages and unbox at their ends; their sources box lazily.
// IntStream, LongStream and DoubleStream are written once, as a template in primitives.py, which translate.sh
// appends to this file.
// A stage knows its exact size when the JDK's does (sized sources, then map, peek, sorted, boxed, skip, limit),
// because the JDK's `count()` then answers without running the pipeline, and so skips `peek` actions.
// Streams are sequential: `parallel()` is accepted and runs sequentially, one of the JDK's allowed behaviours.
package java.util.stream;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.DoubleSummaryStatistics;
import java.util.HashMap;
import java.util.HashSet;
import java.util.ImmutableCollections;
import java.util.IntSummaryStatistics;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.LongSummaryStatistics;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.PrimitiveIterator;
import java.util.Set;
import java.util.StringJoiner;
import java.util.function.*;

// The JDK declares iterator(), sequential() and parallel() here too, and overrides them with covariant results in
// IntStream, LongStream and DoubleStream; compiled calls name the overriding signatures, which are declared
// on Stream and the primitive streams (javac's bridges to the erased ones would be unused).
public interface BaseStream extends AutoCloseable {
  boolean isParallel();

  BaseStream unordered();

  BaseStream onClose(Runnable closeHandler);

  void close();
}

// What the four stream classes share, for flatMap and concat: the boxes of the stream's elements.
interface BoxedElements {
  Iterator boxedIterator();

  long exactSize();
}

// The state every stream shares: the iterator of its last stage, its size if known, whether an operation has
// already used it, and the close handlers of the whole pipeline (shared by its streams, as the JDK's are).
final class PipelineState {
  Iterator source;
  long exactSize;
  boolean linked;
  ArrayList closeHandlers;
  boolean closed;

  PipelineState(Iterator source, long exactSize, ArrayList closeHandlers) {
    this.source = source;
    this.exactSize = exactSize;
    this.closeHandlers = closeHandlers;
  }

  Iterator take() {
    if (linked || closed) throw new IllegalStateException("stream has already been operated upon or closed");
    linked = true;
    return source;
  }

  void addCloseHandler(Runnable handler) {
    if (handler == null) throw new NullPointerException();
    if (linked || closed) throw new IllegalStateException("stream has already been operated upon or closed");
    closeHandlers.add(handler);
  }

  // Runs every handler even when one throws; the first exception is rethrown with the later ones suppressed.
  void close() {
    if (closed) return;
    closed = true;
    linked = true;
    RuntimeException failure = null;
    for (int i = 0; i < closeHandlers.size(); i++) {
      try {
        ((Runnable) closeHandlers.get(i)).run();
      } catch (RuntimeException e) {
        if (failure == null) failure = e;
        else if (failure != e) failure.addSuppressed(e);
      }
    }
    closeHandlers.clear();
    if (failure != null) throw failure;
  }

  static long sizeAfterSkip(long size, long skipped) {
    if (size < 0) return -1;
    return size > skipped ? size - skipped : 0;
  }

  static long sizeAfterLimit(long size, long limit) {
    if (size < 0) return -1;
    return size < limit ? size : limit;
  }

  static long sizeOfConcat(long first, long second) {
    if (first < 0 || second < 0) return -1;
    long total = first + second;
    return total < 0 ? -1 : total;
  }
}

// The streams that other classes make: Collection.stream(), Arrays.stream, String.chars() and the others.
public final class StreamSources {
  private StreamSources() {}

  public static Stream ofCollection(Collection collection) {
    return new IteratorStream(collection.iterator(), collection.size(), new ArrayList());
  }

  // Arrays.stream(array, from, to) checks its range as the JDK's spliterators do.
  static void checkRange(int length, int from, int to) {
    if (from > to) throw new ArrayIndexOutOfBoundsException("origin(" + from + ") > fence(" + to + ")");
    if (from < 0) throw new ArrayIndexOutOfBoundsException(from);
    if (to > length) throw new ArrayIndexOutOfBoundsException(to);
  }

  public static Stream ofArray(Object[] array, int from, int to) {
    checkRange(array.length, from, to);
    return new IteratorStream(new ArraySource(array, from, to), to - from, new ArrayList());
  }

  public static IntStream ofIntArray(int[] array, int from, int to) {
    checkRange(array.length, from, to);
    return new IntIteratorStream(new IntArraySource(array, from, to), to - from, new ArrayList());
  }

  public static LongStream ofLongArray(long[] array, int from, int to) {
    checkRange(array.length, from, to);
    return new LongIteratorStream(new LongArraySource(array, from, to), to - from, new ArrayList());
  }

  public static DoubleStream ofDoubleArray(double[] array, int from, int to) {
    checkRange(array.length, from, to);
    return new DoubleIteratorStream(new DoubleArraySource(array, from, to), to - from, new ArrayList());
  }

  // Random.ints and doubles: the JDK 17 draws (RandomSupport's bounded algorithms, which differ from
  // nextInt(bound)); a negative count is an endless stream.
  public static IntStream randomInts(java.util.Random random, long count, int origin, int bound, boolean bounded) {
    if (bounded && origin >= bound) throw new IllegalArgumentException("bound must be greater than origin");
    Supplier draw = () -> Integer.valueOf(bounded ? boundedInt(random, origin, bound) : random.nextInt());
    return new IntIteratorStream(randomSource(draw, count), count, new ArrayList());
  }

  public static DoubleStream randomDoubles(java.util.Random random, long count, double origin, double bound, boolean bounded) {
    if (bounded && !(origin < bound)) throw new IllegalArgumentException("bound must be greater than origin");
    Supplier draw = () -> Double.valueOf(bounded ? boundedDouble(random, origin, bound) : random.nextDouble());
    return new DoubleIteratorStream(randomSource(draw, count), count, new ArrayList());
  }

  public static LongStream randomLongs(java.util.Random random, long count, long origin, long bound, boolean bounded) {
    if (bounded && origin >= bound) throw new IllegalArgumentException("bound must be greater than origin");
    Supplier draw = () -> Long.valueOf(bounded ? boundedLong(random, origin, bound) : random.nextLong());
    return new LongIteratorStream(randomSource(draw, count), count, new ArrayList());
  }

  private static Iterator randomSource(Supplier draw, long count) {
    Iterator endless = new GenerateSource(draw);
    return count < 0 ? endless : new LimitStage(endless, count);
  }

  static int boundedInt(java.util.Random random, int origin, int bound) {
    int r = random.nextInt();
    int n = bound - origin;
    int m = n - 1;
    if ((n & m) == 0) return (r & m) + origin;
    if (n > 0) {
      int u = r >>> 1;
      while (true) {
        r = u % n;
        if (u + m - r >= 0) break;
        u = random.nextInt() >>> 1;
      }
      return r + origin;
    }
    while (r < origin || r >= bound) r = random.nextInt();
    return r;
  }

  // The JDK's draw of a long in [origin, bound): a mask for a power-of-two range, rejection of the
  // draws that would bias the remainder otherwise, redraws when the range overflows a long.
  static long boundedLong(java.util.Random random, long origin, long bound) {
    long r = random.nextLong();
    long n = bound - origin;
    long m = n - 1;
    if ((n & m) == 0L) return (r & m) + origin;
    if (n > 0L) {
      long u = r >>> 1;
      while (true) {
        r = u % n;
        if (u + m - r >= 0L) break;
        u = random.nextLong() >>> 1;
      }
      return r + origin;
    }
    while (r < origin || r >= bound) r = random.nextLong();
    return r;
  }

  static double boundedDouble(java.util.Random random, double origin, double bound) {
    double r = random.nextDouble();
    r = r * (bound - origin) + origin;
    if (r >= bound) r = Math.nextAfter(bound, origin);
    return r;
  }

  public static IntStream chars(String text) {
    return new IntIteratorStream(new CharSource(text), text.length(), new ArrayList());
  }

  public static IntStream codePoints(String text) {
    return new IntIteratorStream(new CodePointSource(text), -1, new ArrayList());
  }

  public static Stream lines(String text) {
    return new IteratorStream(new LineSource(text), -1, new ArrayList());
  }
}

final class ArraySource implements Iterator {
  private final Object[] array;
  private int index;
  private final int end;

  ArraySource(Object[] array, int from, int to) {
    this.array = array;
    this.index = from;
    this.end = to;
  }

  public boolean hasNext() {
    return index < end;
  }

  public Object next() {
    if (index >= end) throw new NoSuchElementException();
    return array[index++];
  }
}

// The chars of a string, as Integer boxes (String.chars()).
final class CharSource implements Iterator {
  private final String text;
  private int index;

  CharSource(String text) {
    this.text = text;
  }

  public boolean hasNext() {
    return index < text.length();
  }

  public Object next() {
    if (index >= text.length()) throw new NoSuchElementException();
    return Integer.valueOf(text.charAt(index++));
  }
}

// The code points of a string (String.codePoints()): a surrogate pair is one element, a lone surrogate itself.
final class CodePointSource implements Iterator {
  private final String text;
  private int index;

  CodePointSource(String text) {
    this.text = text;
  }

  public boolean hasNext() {
    return index < text.length();
  }

  public Object next() {
    if (index >= text.length()) throw new NoSuchElementException();
    int codePoint = text.codePointAt(index);
    index += Character.charCount(codePoint);
    return Integer.valueOf(codePoint);
  }
}

// The lines of a string (String.lines()): split at \n, \r and \r\n; a final empty line is not one.
final class LineSource implements Iterator {
  private final String text;
  private int index;

  LineSource(String text) {
    this.text = text;
  }

  public boolean hasNext() {
    return index < text.length();
  }

  public Object next() {
    if (index >= text.length()) throw new NoSuchElementException();
    int start = index;
    while (index < text.length() && text.charAt(index) != '\n' && text.charAt(index) != '\r') index++;
    String line = text.substring(start, index);
    if (index < text.length()) {
      if (text.charAt(index) == '\r' && index + 1 < text.length() && text.charAt(index + 1) == '\n') index += 2;
      else index++;
    }
    return line;
  }
}

// IntStream.range and LongStream.range: boxes of `from` up to but not including `to`.
final class RangeSource implements Iterator {
  private long next;
  private final long end;
  private final boolean ints;

  RangeSource(long from, long to, boolean ints) {
    this.next = from;
    this.end = to;
    this.ints = ints;
  }

  public boolean hasNext() {
    return next < end;
  }

  public Object next() {
    if (next >= end) throw new NoSuchElementException();
    long value = next++;
    if (ints) return Integer.valueOf((int) value);
    return Long.valueOf(value);
  }
}

// LongStream.rangeClosed up to Long.MAX_VALUE cannot use an exclusive end.
final class ClosedLongRangeSource implements Iterator {
  private long next;
  private final long last;
  private boolean done;

  ClosedLongRangeSource(long from, long last) {
    this.next = from;
    this.last = last;
    this.done = from > last;
  }

  public boolean hasNext() {
    return !done;
  }

  public Object next() {
    if (done) throw new NoSuchElementException();
    long value = next;
    if (value == last) done = true;
    else next++;
    return Long.valueOf(value);
  }
}

// The stages that read ahead to know whether an element follows: `advance` puts the next one in `pending`,
// or says there is none.
abstract class LookaheadStage implements Iterator {
  Object pending;
  private boolean ready;

  abstract boolean advance();

  public boolean hasNext() {
    if (!ready) ready = advance();
    return ready;
  }

  public Object next() {
    if (!hasNext()) throw new NoSuchElementException();
    ready = false;
    Object value = pending;
    pending = null;
    return value;
  }
}

// Stream.iterate: the seed, then each next element from the one before, computed only when pulled; with
// `hasNext`, the first element that fails it ends the stream.
final class IterateSource extends LookaheadStage {
  private Object previous;
  private final Object seed;
  private final Predicate hasNext;
  private final UnaryOperator step;
  private boolean started;
  private boolean finished;

  IterateSource(Object seed, Predicate hasNext, UnaryOperator step) {
    this.seed = seed;
    this.hasNext = hasNext;
    this.step = step;
  }

  boolean advance() {
    if (finished) return false;
    Object candidate;
    if (started) candidate = step.apply(previous);
    else {
      candidate = seed;
      started = true;
    }
    if (hasNext != null && !hasNext.test(candidate)) {
      finished = true;
      previous = null;
      return false;
    }
    previous = candidate;
    pending = candidate;
    return true;
  }
}

final class GenerateSource implements Iterator {
  private final Supplier supplier;

  GenerateSource(Supplier supplier) {
    this.supplier = supplier;
  }

  public boolean hasNext() {
    return true;
  }

  public Object next() {
    return supplier.get();
  }
}

// filter, and distinct (a filter that remembers what it has let through).
final class FilterStage extends LookaheadStage {
  private final Iterator source;
  private final Predicate predicate;

  FilterStage(Iterator source, Predicate predicate) {
    this.source = source;
    this.predicate = predicate;
  }

  static FilterStage distinct(Iterator source) {
    HashSet seen = new HashSet();
    Predicate firstTime = value -> seen.add(value);
    return new FilterStage(source, firstTime);
  }

  boolean advance() {
    while (source.hasNext()) {
      Object value = source.next();
      if (predicate.test(value)) {
        pending = value;
        return true;
      }
    }
    return false;
  }
}

final class MapStage implements Iterator {
  private final Iterator source;
  private final Function mapper;

  MapStage(Iterator source, Function mapper) {
    this.source = source;
    this.mapper = mapper;
  }

  public boolean hasNext() {
    return source.hasNext();
  }

  public Object next() {
    return mapper.apply(source.next());
  }
}

final class PeekStage implements Iterator {
  private final Iterator source;
  private final Consumer action;

  PeekStage(Iterator source, Consumer action) {
    this.source = source;
    this.action = action;
  }

  public boolean hasNext() {
    return source.hasNext();
  }

  public Object next() {
    Object value = source.next();
    action.accept(value);
    return value;
  }
}

// flatMap: the mapper gives a stream (or null, taken as empty) per element; each is closed once drained.
final class FlatMapStage implements Iterator {
  private final Iterator source;
  private final Function mapper;
  private BaseStream currentStream;
  private Iterator current;

  FlatMapStage(Iterator source, Function mapper) {
    this.source = source;
    this.mapper = mapper;
  }

  public boolean hasNext() {
    while (current == null || !current.hasNext()) {
      if (currentStream != null) {
        BaseStream finished = currentStream;
        currentStream = null;
        current = null;
        finished.close();
      }
      if (!source.hasNext()) return false;
      BaseStream inner = (BaseStream) mapper.apply(source.next());
      if (inner != null) {
        currentStream = inner;
        current = ((BoxedElements) inner).boxedIterator();
      }
    }
    return true;
  }

  public Object next() {
    if (!hasNext()) throw new NoSuchElementException();
    return current.next();
  }
}

// mapMulti: the mapper pushes any number of elements into a buffer per source element.
final class MapMultiStage implements Iterator, Consumer {
  private final Iterator source;
  private final BiConsumer mapper;
  private final ArrayList buffer = new ArrayList();
  private int index;

  MapMultiStage(Iterator source, BiConsumer mapper) {
    this.source = source;
    this.mapper = mapper;
  }

  public void accept(Object value) {
    buffer.add(value);
  }

  public boolean hasNext() {
    while (index >= buffer.size()) {
      buffer.clear();
      index = 0;
      if (!source.hasNext()) return false;
      mapper.accept(source.next(), this);
    }
    return true;
  }

  public Object next() {
    if (!hasNext()) throw new NoSuchElementException();
    return buffer.get(index++);
  }
}

final class LimitStage implements Iterator {
  private final Iterator source;
  private long remaining;

  LimitStage(Iterator source, long limit) {
    this.source = source;
    this.remaining = limit;
  }

  public boolean hasNext() {
    return remaining > 0 && source.hasNext();
  }

  public Object next() {
    if (remaining <= 0) throw new NoSuchElementException();
    remaining--;
    return source.next();
  }
}

final class SkipStage implements Iterator {
  private final Iterator source;
  private long toSkip;

  SkipStage(Iterator source, long skip) {
    this.source = source;
    this.toSkip = skip;
  }

  public boolean hasNext() {
    while (toSkip > 0 && source.hasNext()) {
      source.next();
      toSkip--;
    }
    return source.hasNext();
  }

  public Object next() {
    if (!hasNext()) throw new NoSuchElementException();
    return source.next();
  }
}

final class TakeWhileStage extends LookaheadStage {
  private final Iterator source;
  private final Predicate predicate;
  private boolean done;

  TakeWhileStage(Iterator source, Predicate predicate) {
    this.source = source;
    this.predicate = predicate;
  }

  boolean advance() {
    if (done || !source.hasNext()) return false;
    Object value = source.next();
    if (!predicate.test(value)) {
      done = true;
      return false;
    }
    pending = value;
    return true;
  }
}

final class DropWhileStage extends LookaheadStage {
  private final Iterator source;
  private final Predicate predicate;
  private boolean dropping = true;

  DropWhileStage(Iterator source, Predicate predicate) {
    this.source = source;
    this.predicate = predicate;
  }

  boolean advance() {
    while (dropping) {
      if (!source.hasNext()) return false;
      Object value = source.next();
      if (!predicate.test(value)) {
        dropping = false;
        pending = value;
        return true;
      }
    }
    if (!source.hasNext()) return false;
    pending = source.next();
    return true;
  }
}

// sorted: drains the source on the first pull and sorts stably (a null comparator is the natural order).
final class SortedStage implements Iterator {
  private Iterator source;
  private final Comparator comparator;
  private ArrayList sorted;
  private int index;

  SortedStage(Iterator source, Comparator comparator) {
    this.source = source;
    this.comparator = comparator;
  }

  private void drain() {
    if (sorted != null) return;
    ArrayList buffer = new ArrayList();
    while (source.hasNext()) buffer.add(source.next());
    source = null;
    if (comparator == null) buffer.sort(Comparator.naturalOrder());
    else buffer.sort(comparator);
    sorted = buffer;
  }

  public boolean hasNext() {
    drain();
    return index < sorted.size();
  }

  public Object next() {
    if (!hasNext()) throw new NoSuchElementException();
    Object value = sorted.get(index);
    sorted.set(index, null);
    index++;
    return value;
  }
}

final class ConcatStage implements Iterator {
  private final Iterator first;
  private final Iterator second;

  ConcatStage(Iterator first, Iterator second) {
    this.first = first;
    this.second = second;
  }

  public boolean hasNext() {
    return first.hasNext() || second.hasNext();
  }

  public Object next() {
    if (first.hasNext()) return first.next();
    return second.next();
  }
}

// The compensated (Kahan) sums of DoubleStream.sum, Collectors.summingDouble and averagingDouble, with the
// JDK's sign convention, so results match the JVM's to the last bit: state[0] the sum, state[1] the
// correction, state[2] the plain sum that decides an infinite result.
final class DoubleSums {
  static void add(double[] state, double value) {
    double corrected = value - state[1];
    double sum = state[0];
    double total = sum + corrected;
    state[1] = (total - sum) - corrected;
    state[0] = total;
    state[2] += value;
  }

  static double result(double[] state) {
    double total = state[0] - state[1];
    if (Double.isNaN(total) && Double.isInfinite(state[2])) return state[2];
    return total;
  }
}

public interface Stream<T> extends BaseStream {
  Iterator iterator();

  BaseStream sequential();

  BaseStream parallel();

  Stream filter(Predicate predicate);

  Stream map(Function mapper);

  IntStream mapToInt(ToIntFunction mapper);

  LongStream mapToLong(ToLongFunction mapper);

  DoubleStream mapToDouble(ToDoubleFunction mapper);

  Stream flatMap(Function mapper);

  IntStream flatMapToInt(Function mapper);

  LongStream flatMapToLong(Function mapper);

  DoubleStream flatMapToDouble(Function mapper);

  Stream mapMulti(BiConsumer mapper);

  Stream distinct();

  Stream sorted();

  Stream sorted(Comparator comparator);

  Stream peek(Consumer action);

  Stream limit(long maxSize);

  Stream skip(long n);

  Stream takeWhile(Predicate predicate);

  Stream dropWhile(Predicate predicate);

  void forEach(Consumer action);

  void forEachOrdered(Consumer action);

  Object[] toArray();

  Object[] toArray(IntFunction generator);

  Object reduce(Object identity, BinaryOperator accumulator);

  Optional reduce(BinaryOperator accumulator);

  Object reduce(Object identity, BiFunction accumulator, BinaryOperator combiner);

  Object collect(Supplier supplier, BiConsumer accumulator, BiConsumer combiner);

  Object collect(Collector collector);

  List toList();

  Optional min(Comparator comparator);

  Optional max(Comparator comparator);

  long count();

  boolean anyMatch(Predicate predicate);

  boolean allMatch(Predicate predicate);

  boolean noneMatch(Predicate predicate);

  Optional findFirst();

  Optional findAny();

  static Builder builder() {
    return new StreamBuilder();
  }

  static Stream empty() {
    return new IteratorStream(new ArraySource(new Object[0], 0, 0), 0, new ArrayList());
  }

  static Stream of(Object value) {
    Object[] single = new Object[1];
    single[0] = value;
    return new IteratorStream(new ArraySource(single, 0, 1), 1, new ArrayList());
  }

  static Stream ofNullable(Object value) {
    return value == null ? empty() : of(value);
  }

  static Stream of(Object... values) {
    return new IteratorStream(new ArraySource(values, 0, values.length), values.length, new ArrayList());
  }

  static Stream iterate(Object seed, UnaryOperator next) {
    if (next == null) throw new NullPointerException();
    return new IteratorStream(new IterateSource(seed, null, next), -1, new ArrayList());
  }

  static Stream iterate(Object seed, Predicate hasNext, UnaryOperator next) {
    if (hasNext == null || next == null) throw new NullPointerException();
    return new IteratorStream(new IterateSource(seed, hasNext, next), -1, new ArrayList());
  }

  static Stream generate(Supplier supplier) {
    if (supplier == null) throw new NullPointerException();
    return new IteratorStream(new GenerateSource(supplier), -1, new ArrayList());
  }

  static Stream concat(Stream first, Stream second) {
    BoxedElements a = (BoxedElements) first;
    BoxedElements b = (BoxedElements) second;
    long size = PipelineState.sizeOfConcat(a.exactSize(), b.exactSize());
    Iterator left = a.boxedIterator();
    Iterator right = b.boxedIterator();
    IteratorStream result = new IteratorStream(new ConcatStage(left, right), size, new ArrayList());
    result.onClose(new ClosingBoth(first, second));
    return result;
  }

  interface Builder extends Consumer {
    void accept(Object value);

    default Builder add(Object value) {
      accept(value);
      return this;
    }

    Stream build();
  }
}

// Stream.concat's close handler: closes both inputs.
final class ClosingBoth implements Runnable {
  private final BaseStream first;
  private final BaseStream second;

  ClosingBoth(BaseStream first, BaseStream second) {
    this.first = first;
    this.second = second;
  }

  public void run() {
    try {
      first.close();
    } finally {
      second.close();
    }
  }
}

final class StreamBuilder implements Stream.Builder {
  private ArrayList elements = new ArrayList();

  StreamBuilder() {}

  public void accept(Object value) {
    if (elements == null) throw new IllegalStateException();
    elements.add(value);
  }

  public Stream build() {
    if (elements == null) throw new IllegalStateException();
    Object[] array = elements.toArray();
    elements = null;
    return new IteratorStream(new ArraySource(array, 0, array.length), array.length, new ArrayList());
  }
}

// Stream's one implementation: each operation checks and marks this stream as used, as the JDK's do.
final class IteratorStream implements Stream, BoxedElements {
  private final PipelineState state;

  IteratorStream(Iterator source, long exactSize, ArrayList closeHandlers) {
    this.state = new PipelineState(source, exactSize, closeHandlers);
  }

  // The stream after this one: it shares the close handlers.
  private Stream next(Iterator stage, long size) {
    return new IteratorStream(stage, size, state.closeHandlers);
  }

  public Iterator boxedIterator() {
    return state.take();
  }

  public long exactSize() {
    return state.exactSize;
  }

  public Iterator iterator() {
    return state.take();
  }

  public boolean isParallel() {
    return false;
  }

  public BaseStream sequential() {
    return this;
  }

  public BaseStream parallel() {
    return this;
  }

  public BaseStream unordered() {
    return this;
  }

  public BaseStream onClose(Runnable handler) {
    state.addCloseHandler(handler);
    return this;
  }

  public void close() {
    state.close();
  }

  public Stream filter(Predicate predicate) {
    if (predicate == null) throw new NullPointerException();
    return next(new FilterStage(state.take(), predicate), -1);
  }

  public Stream map(Function mapper) {
    if (mapper == null) throw new NullPointerException();
    return next(new MapStage(state.take(), mapper), state.exactSize);
  }

  public IntStream mapToInt(ToIntFunction mapper) {
    if (mapper == null) throw new NullPointerException();
    Function boxing = value -> Integer.valueOf(mapper.applyAsInt(value));
    Iterator stage = new MapStage(state.take(), boxing);
    return new IntIteratorStream(stage, state.exactSize, state.closeHandlers);
  }

  public LongStream mapToLong(ToLongFunction mapper) {
    if (mapper == null) throw new NullPointerException();
    Function boxing = value -> Long.valueOf(mapper.applyAsLong(value));
    Iterator stage = new MapStage(state.take(), boxing);
    return new LongIteratorStream(stage, state.exactSize, state.closeHandlers);
  }

  public DoubleStream mapToDouble(ToDoubleFunction mapper) {
    if (mapper == null) throw new NullPointerException();
    Function boxing = value -> Double.valueOf(mapper.applyAsDouble(value));
    Iterator stage = new MapStage(state.take(), boxing);
    return new DoubleIteratorStream(stage, state.exactSize, state.closeHandlers);
  }

  public Stream flatMap(Function mapper) {
    if (mapper == null) throw new NullPointerException();
    return next(new FlatMapStage(state.take(), mapper), -1);
  }

  public IntStream flatMapToInt(Function mapper) {
    if (mapper == null) throw new NullPointerException();
    return new IntIteratorStream(new FlatMapStage(state.take(), mapper), -1, state.closeHandlers);
  }

  public LongStream flatMapToLong(Function mapper) {
    if (mapper == null) throw new NullPointerException();
    return new LongIteratorStream(new FlatMapStage(state.take(), mapper), -1, state.closeHandlers);
  }

  public DoubleStream flatMapToDouble(Function mapper) {
    if (mapper == null) throw new NullPointerException();
    return new DoubleIteratorStream(new FlatMapStage(state.take(), mapper), -1, state.closeHandlers);
  }

  public Stream mapMulti(BiConsumer mapper) {
    if (mapper == null) throw new NullPointerException();
    return next(new MapMultiStage(state.take(), mapper), -1);
  }

  public Stream distinct() {
    return next(FilterStage.distinct(state.take()), -1);
  }

  public Stream sorted() {
    return next(new SortedStage(state.take(), null), state.exactSize);
  }

  public Stream sorted(Comparator comparator) {
    return next(new SortedStage(state.take(), comparator), state.exactSize);
  }

  public Stream peek(Consumer action) {
    if (action == null) throw new NullPointerException();
    return next(new PeekStage(state.take(), action), state.exactSize);
  }

  public Stream limit(long maxSize) {
    if (maxSize < 0) throw new IllegalArgumentException(Long.toString(maxSize));
    return next(new LimitStage(state.take(), maxSize), PipelineState.sizeAfterLimit(state.exactSize, maxSize));
  }

  public Stream skip(long n) {
    if (n < 0) throw new IllegalArgumentException(Long.toString(n));
    return next(new SkipStage(state.take(), n), PipelineState.sizeAfterSkip(state.exactSize, n));
  }

  public Stream takeWhile(Predicate predicate) {
    if (predicate == null) throw new NullPointerException();
    return next(new TakeWhileStage(state.take(), predicate), -1);
  }

  public Stream dropWhile(Predicate predicate) {
    if (predicate == null) throw new NullPointerException();
    return next(new DropWhileStage(state.take(), predicate), -1);
  }

  public void forEach(Consumer action) {
    if (action == null) throw new NullPointerException();
    Iterator it = state.take();
    while (it.hasNext()) action.accept(it.next());
  }

  public void forEachOrdered(Consumer action) {
    forEach(action);
  }

  public Object[] toArray() {
    Iterator it = state.take();
    ArrayList buffer = new ArrayList();
    while (it.hasNext()) buffer.add(it.next());
    return buffer.toArray();
  }

  public Object[] toArray(IntFunction generator) {
    if (generator == null) throw new NullPointerException();
    Object[] elements = toArray();
    Object[] result = (Object[]) generator.apply(elements.length);
    if (result.length != elements.length) throw new IllegalStateException("Begin size " + elements.length + " is not equal to fixed size " + result.length);
    System.arraycopy(elements, 0, result, 0, elements.length);
    return result;
  }

  public Object reduce(Object identity, BinaryOperator accumulator) {
    if (accumulator == null) throw new NullPointerException();
    Iterator it = state.take();
    Object result = identity;
    while (it.hasNext()) result = accumulator.apply(result, it.next());
    return result;
  }

  public Optional reduce(BinaryOperator accumulator) {
    if (accumulator == null) throw new NullPointerException();
    Iterator it = state.take();
    if (!it.hasNext()) return Optional.empty();
    Object result = it.next();
    while (it.hasNext()) result = accumulator.apply(result, it.next());
    return Optional.of(result);
  }

  public Object reduce(Object identity, BiFunction accumulator, BinaryOperator combiner) {
    if (accumulator == null || combiner == null) throw new NullPointerException();
    Iterator it = state.take();
    Object result = identity;
    while (it.hasNext()) result = accumulator.apply(result, it.next());
    return result;
  }

  public Object collect(Supplier supplier, BiConsumer accumulator, BiConsumer combiner) {
    if (supplier == null || accumulator == null || combiner == null) throw new NullPointerException();
    Iterator it = state.take();
    Object container = supplier.get();
    while (it.hasNext()) accumulator.accept(container, it.next());
    return container;
  }

  public Object collect(Collector collector) {
    Iterator it = state.take();
    Object container = collector.supplier().get();
    BiConsumer accumulator = collector.accumulator();
    while (it.hasNext()) accumulator.accept(container, it.next());
    if (collector.characteristics().contains(Collector.Characteristics.IDENTITY_FINISH)) return container;
    return collector.finisher().apply(container);
  }

  public List toList() {
    return Collections.unmodifiableList(new ArrayList(Arrays.asList(toArray())));
  }

  public Optional min(Comparator comparator) {
    if (comparator == null) throw new NullPointerException();
    Iterator it = state.take();
    if (!it.hasNext()) return Optional.empty();
    Object best = it.next();
    while (it.hasNext()) {
      Object value = it.next();
      if (comparator.compare(best, value) > 0) best = value;
    }
    return Optional.of(best);
  }

  public Optional max(Comparator comparator) {
    if (comparator == null) throw new NullPointerException();
    Iterator it = state.take();
    if (!it.hasNext()) return Optional.empty();
    Object best = it.next();
    while (it.hasNext()) {
      Object value = it.next();
      if (comparator.compare(best, value) < 0) best = value;
    }
    return Optional.of(best);
  }

  public long count() {
    Iterator it = state.take();
    if (state.exactSize >= 0) return state.exactSize;
    long count = 0;
    while (it.hasNext()) {
      it.next();
      count++;
    }
    return count;
  }

  public boolean anyMatch(Predicate predicate) {
    if (predicate == null) throw new NullPointerException();
    Iterator it = state.take();
    while (it.hasNext()) {
      if (predicate.test(it.next())) return true;
    }
    return false;
  }

  public boolean allMatch(Predicate predicate) {
    if (predicate == null) throw new NullPointerException();
    Iterator it = state.take();
    while (it.hasNext()) {
      if (!predicate.test(it.next())) return false;
    }
    return true;
  }

  public boolean noneMatch(Predicate predicate) {
    return !anyMatch(predicate);
  }

  public Optional findFirst() {
    Iterator it = state.take();
    if (!it.hasNext()) return Optional.empty();
    return Optional.of(it.next());
  }

  public Optional findAny() {
    return findFirst();
  }
}

public interface Collector<T, A, R> {
  Supplier supplier();

  BiConsumer accumulator();

  BinaryOperator combiner();

  Function finisher();

  Set characteristics();

  static Collector of(Supplier supplier, BiConsumer accumulator, BinaryOperator combiner, Characteristics... characteristics) {
    if (supplier == null || accumulator == null || combiner == null || characteristics == null) throw new NullPointerException();
    Set flags = CollectorImpl.flags(characteristics);
    flags.add(Characteristics.IDENTITY_FINISH);
    return new CollectorImpl(supplier, accumulator, combiner, null, flags);
  }

  static Collector of(Supplier supplier, BiConsumer accumulator, BinaryOperator combiner, Function finisher, Characteristics... characteristics) {
    if (supplier == null || accumulator == null || combiner == null || finisher == null || characteristics == null) throw new NullPointerException();
    return new CollectorImpl(supplier, accumulator, combiner, finisher, CollectorImpl.flags(characteristics));
  }

  enum Characteristics {
    CONCURRENT,
    UNORDERED,
    IDENTITY_FINISH
  }
}

final class CollectorImpl implements Collector {
  private final Supplier supplier;
  private final BiConsumer accumulator;
  private final BinaryOperator combiner;
  private final Function finisher;
  private final Set characteristics;

  // A null finisher is the identity (and the characteristics then say IDENTITY_FINISH).
  CollectorImpl(Supplier supplier, BiConsumer accumulator, BinaryOperator combiner, Function finisher, Set characteristics) {
    this.supplier = supplier;
    this.accumulator = accumulator;
    this.combiner = combiner;
    this.finisher = finisher;
    this.characteristics = characteristics;
  }

  static Set flags(Collector.Characteristics[] characteristics) {
    Set flags = new HashSet();
    for (int i = 0; i < characteristics.length; i++) flags.add(characteristics[i]);
    return flags;
  }

  static Set identityFinish() {
    Set flags = new HashSet();
    flags.add(Collector.Characteristics.IDENTITY_FINISH);
    return flags;
  }

  static CollectorImpl identity(Supplier supplier, BiConsumer accumulator) {
    BinaryOperator unused = (left, right) -> left;
    return new CollectorImpl(supplier, accumulator, unused, null, identityFinish());
  }

  static CollectorImpl finishing(Supplier supplier, BiConsumer accumulator, Function finisher) {
    BinaryOperator unused = (left, right) -> left;
    return new CollectorImpl(supplier, accumulator, unused, finisher, new HashSet());
  }

  // The finisher of a collector as a function (the identity when it has none or says IDENTITY_FINISH).
  static Function finisherOf(Collector collector) {
    if (collector.characteristics().contains(Collector.Characteristics.IDENTITY_FINISH)) {
      Function same = value -> value;
      return same;
    }
    return collector.finisher();
  }

  public Supplier supplier() {
    return supplier;
  }

  public BiConsumer accumulator() {
    return accumulator;
  }

  public BinaryOperator combiner() {
    return combiner;
  }

  public Function finisher() {
    if (finisher == null) {
      Function same = value -> value;
      return same;
    }
    return finisher;
  }

  public Set characteristics() {
    return characteristics;
  }
}

// A mutable cell for the collectors whose state is one value (reducing, minBy, maxBy, counting, ...).
final class CollectorBox {
  Object value;
  boolean present;
  long count;
  long sum;
  double[] sums;

  CollectorBox() {}
}

public final class Collectors {
  private Collectors() {}

  public static Collector toCollection(Supplier factory) {
    if (factory == null) throw new NullPointerException();
    BiConsumer add = (collection, value) -> ((Collection) collection).add(value);
    return CollectorImpl.identity(factory, add);
  }

  public static Collector toList() {
    Supplier factory = () -> new ArrayList();
    BiConsumer add = (list, value) -> ((List) list).add(value);
    return CollectorImpl.identity(factory, add);
  }

  public static Collector toUnmodifiableList() {
    Supplier factory = () -> new ArrayList();
    BiConsumer add = (list, value) -> ((List) list).add(value);
    Function finish = list -> new ImmutableCollections.ListN(((List) list).toArray());
    return CollectorImpl.finishing(factory, add, finish);
  }

  public static Collector toSet() {
    Supplier factory = () -> new HashSet();
    BiConsumer add = (set, value) -> ((Set) set).add(value);
    return CollectorImpl.identity(factory, add);
  }

  public static Collector toUnmodifiableSet() {
    Supplier factory = () -> new HashSet();
    BiConsumer add = (set, value) -> ((Set) set).add(value);
    Function finish = set -> new ImmutableCollections.SetN(((Set) set).toArray(), true);
    return CollectorImpl.finishing(factory, add, finish);
  }

  public static Collector joining() {
    return joining("", "", "");
  }

  public static Collector joining(CharSequence delimiter) {
    return joining(delimiter, "", "");
  }

  public static Collector joining(CharSequence delimiter, CharSequence prefix, CharSequence suffix) {
    if (delimiter == null || prefix == null || suffix == null) throw new NullPointerException();
    Supplier factory = () -> new StringJoiner(delimiter, prefix, suffix);
    BiConsumer add = (joiner, value) -> ((StringJoiner) joiner).add((CharSequence) value);
    Function finish = joiner -> ((StringJoiner) joiner).toString();
    return CollectorImpl.finishing(factory, add, finish);
  }

  public static Collector mapping(Function mapper, Collector downstream) {
    if (mapper == null || downstream == null) throw new NullPointerException();
    BiConsumer inner = downstream.accumulator();
    BiConsumer add = (container, value) -> inner.accept(container, mapper.apply(value));
    return new CollectorImpl(downstream.supplier(), add, downstream.combiner(), CollectorImpl.finisherOf(downstream), downstream.characteristics());
  }

  public static Collector flatMapping(Function mapper, Collector downstream) {
    if (mapper == null || downstream == null) throw new NullPointerException();
    BiConsumer inner = downstream.accumulator();
    BiConsumer add = (container, value) -> {
      Stream result = (Stream) mapper.apply(value);
      if (result != null) {
        Iterator it = result.iterator();
        while (it.hasNext()) inner.accept(container, it.next());
        result.close();
      }
    };
    return new CollectorImpl(downstream.supplier(), add, downstream.combiner(), CollectorImpl.finisherOf(downstream), downstream.characteristics());
  }

  public static Collector filtering(Predicate predicate, Collector downstream) {
    if (predicate == null || downstream == null) throw new NullPointerException();
    BiConsumer inner = downstream.accumulator();
    BiConsumer add = (container, value) -> {
      if (predicate.test(value)) inner.accept(container, value);
    };
    return new CollectorImpl(downstream.supplier(), add, downstream.combiner(), CollectorImpl.finisherOf(downstream), downstream.characteristics());
  }

  public static Collector collectingAndThen(Collector downstream, Function finisher) {
    if (downstream == null || finisher == null) throw new NullPointerException();
    Function first = CollectorImpl.finisherOf(downstream);
    Function both = container -> finisher.apply(first.apply(container));
    Set flags = new HashSet(downstream.characteristics());
    flags.remove(Collector.Characteristics.IDENTITY_FINISH);
    return new CollectorImpl(downstream.supplier(), downstream.accumulator(), downstream.combiner(), both, flags);
  }

  public static Collector counting() {
    Supplier factory = () -> new CollectorBox();
    BiConsumer add = (box, value) -> ((CollectorBox) box).count++;
    Function finish = box -> Long.valueOf(((CollectorBox) box).count);
    return CollectorImpl.finishing(factory, add, finish);
  }

  public static Collector minBy(Comparator comparator) {
    if (comparator == null) throw new NullPointerException();
    BinaryOperator smaller = (left, right) -> comparator.compare(left, right) <= 0 ? left : right;
    return reducing(smaller);
  }

  public static Collector maxBy(Comparator comparator) {
    if (comparator == null) throw new NullPointerException();
    BinaryOperator larger = (left, right) -> comparator.compare(left, right) >= 0 ? left : right;
    return reducing(larger);
  }

  public static Collector summingInt(ToIntFunction mapper) {
    if (mapper == null) throw new NullPointerException();
    Supplier factory = () -> new int[1];
    BiConsumer add = (sum, value) -> ((int[]) sum)[0] += mapper.applyAsInt(value);
    Function finish = sum -> Integer.valueOf(((int[]) sum)[0]);
    return CollectorImpl.finishing(factory, add, finish);
  }

  public static Collector summingLong(ToLongFunction mapper) {
    if (mapper == null) throw new NullPointerException();
    Supplier factory = () -> new long[1];
    BiConsumer add = (sum, value) -> ((long[]) sum)[0] += mapper.applyAsLong(value);
    Function finish = sum -> Long.valueOf(((long[]) sum)[0]);
    return CollectorImpl.finishing(factory, add, finish);
  }

  public static Collector summingDouble(ToDoubleFunction mapper) {
    if (mapper == null) throw new NullPointerException();
    Supplier factory = () -> new double[3];
    BiConsumer add = (sums, value) -> DoubleSums.add((double[]) sums, mapper.applyAsDouble(value));
    Function finish = sums -> Double.valueOf(DoubleSums.result((double[]) sums));
    return CollectorImpl.finishing(factory, add, finish);
  }

  public static Collector averagingInt(ToIntFunction mapper) {
    if (mapper == null) throw new NullPointerException();
    Supplier factory = () -> new CollectorBox();
    BiConsumer add = (box, value) -> {
      CollectorBox state = (CollectorBox) box;
      state.sum += mapper.applyAsInt(value);
      state.count++;
    };
    Function finish = box -> {
      CollectorBox state = (CollectorBox) box;
      return Double.valueOf(state.count == 0 ? 0.0 : (double) state.sum / state.count);
    };
    return CollectorImpl.finishing(factory, add, finish);
  }

  public static Collector averagingLong(ToLongFunction mapper) {
    if (mapper == null) throw new NullPointerException();
    Supplier factory = () -> new CollectorBox();
    BiConsumer add = (box, value) -> {
      CollectorBox state = (CollectorBox) box;
      state.sum += mapper.applyAsLong(value);
      state.count++;
    };
    Function finish = box -> {
      CollectorBox state = (CollectorBox) box;
      return Double.valueOf(state.count == 0 ? 0.0 : (double) state.sum / state.count);
    };
    return CollectorImpl.finishing(factory, add, finish);
  }

  public static Collector averagingDouble(ToDoubleFunction mapper) {
    if (mapper == null) throw new NullPointerException();
    Supplier factory = () -> {
      CollectorBox box = new CollectorBox();
      box.sums = new double[3];
      return box;
    };
    BiConsumer add = (box, value) -> {
      CollectorBox state = (CollectorBox) box;
      DoubleSums.add(state.sums, mapper.applyAsDouble(value));
      state.count++;
    };
    Function finish = box -> {
      CollectorBox state = (CollectorBox) box;
      return Double.valueOf(state.count == 0 ? 0.0 : DoubleSums.result(state.sums) / state.count);
    };
    return CollectorImpl.finishing(factory, add, finish);
  }

  public static Collector reducing(Object identity, BinaryOperator operator) {
    if (operator == null) throw new NullPointerException();
    Supplier factory = () -> {
      CollectorBox box = new CollectorBox();
      box.value = identity;
      return box;
    };
    BiConsumer add = (box, value) -> {
      CollectorBox state = (CollectorBox) box;
      state.value = operator.apply(state.value, value);
    };
    Function finish = box -> ((CollectorBox) box).value;
    return CollectorImpl.finishing(factory, add, finish);
  }

  public static Collector reducing(BinaryOperator operator) {
    if (operator == null) throw new NullPointerException();
    Supplier factory = () -> new CollectorBox();
    BiConsumer add = (box, value) -> {
      CollectorBox state = (CollectorBox) box;
      if (state.present) state.value = operator.apply(state.value, value);
      else {
        state.value = value;
        state.present = true;
      }
    };
    Function finish = box -> Optional.ofNullable(((CollectorBox) box).value);
    return CollectorImpl.finishing(factory, add, finish);
  }

  public static Collector reducing(Object identity, Function mapper, BinaryOperator operator) {
    if (mapper == null || operator == null) throw new NullPointerException();
    Supplier factory = () -> {
      CollectorBox box = new CollectorBox();
      box.value = identity;
      return box;
    };
    BiConsumer add = (box, value) -> {
      CollectorBox state = (CollectorBox) box;
      state.value = operator.apply(state.value, mapper.apply(value));
    };
    Function finish = box -> ((CollectorBox) box).value;
    return CollectorImpl.finishing(factory, add, finish);
  }

  public static Collector groupingBy(Function classifier) {
    return groupingBy(classifier, toList());
  }

  public static Collector groupingBy(Function classifier, Collector downstream) {
    Supplier factory = () -> new HashMap();
    return groupingBy(classifier, factory, downstream);
  }

  // Groups are made in the order their first element comes; each group's container is finished at the end.
  public static Collector groupingBy(Function classifier, Supplier mapFactory, Collector downstream) {
    if (classifier == null || mapFactory == null || downstream == null) throw new NullPointerException();
    Supplier containers = downstream.supplier();
    BiConsumer inner = downstream.accumulator();
    Function newContainer = key -> containers.get();
    BiConsumer add = (map, value) -> {
      Object key = Objects.requireNonNull(classifier.apply(value), "element cannot be mapped to a null key");
      Object container = ((Map) map).computeIfAbsent(key, newContainer);
      inner.accept(container, value);
    };
    if (downstream.characteristics().contains(Collector.Characteristics.IDENTITY_FINISH)) {
      return CollectorImpl.identity(mapFactory, add);
    }
    Function innerFinish = downstream.finisher();
    Function finish = map -> {
      Iterator entries = ((Map) map).entrySet().iterator();
      while (entries.hasNext()) {
        Map.Entry entry = (Map.Entry) entries.next();
        entry.setValue(innerFinish.apply(entry.getValue()));
      }
      return map;
    };
    return CollectorImpl.finishing(mapFactory, add, finish);
  }

  public static Collector partitioningBy(Predicate predicate) {
    return partitioningBy(predicate, toList());
  }

  // The JDK's result is a map of exactly the keys false and true, printed in that order.
  public static Collector partitioningBy(Predicate predicate, Collector downstream) {
    if (predicate == null || downstream == null) throw new NullPointerException();
    Supplier containers = downstream.supplier();
    BiConsumer inner = downstream.accumulator();
    Function innerFinish = CollectorImpl.finisherOf(downstream);
    Supplier factory = () -> {
      Object[] halves = new Object[2];
      halves[0] = containers.get();
      halves[1] = containers.get();
      return halves;
    };
    BiConsumer add = (halves, value) -> {
      Object[] both = (Object[]) halves;
      inner.accept(both[predicate.test(value) ? 1 : 0], value);
    };
    Function finish = halves -> {
      Object[] both = (Object[]) halves;
      Map result = new LinkedHashMap();
      result.put(Boolean.FALSE, innerFinish.apply(both[0]));
      result.put(Boolean.TRUE, innerFinish.apply(both[1]));
      return result;
    };
    return CollectorImpl.finishing(factory, add, finish);
  }

  public static Collector toMap(Function keyMapper, Function valueMapper) {
    if (keyMapper == null || valueMapper == null) throw new NullPointerException();
    Supplier factory = () -> new HashMap();
    BiConsumer add = (map, element) -> Collectors.putUnique((Map) map, keyMapper.apply(element), valueMapper.apply(element));
    return CollectorImpl.identity(factory, add);
  }

  public static Collector toMap(Function keyMapper, Function valueMapper, BinaryOperator merge) {
    Supplier factory = () -> new HashMap();
    return toMap(keyMapper, valueMapper, merge, factory);
  }

  public static Collector toMap(Function keyMapper, Function valueMapper, BinaryOperator merge, Supplier mapFactory) {
    if (keyMapper == null || valueMapper == null || merge == null || mapFactory == null) throw new NullPointerException();
    BiConsumer add = (map, element) -> ((Map) map).merge(keyMapper.apply(element), valueMapper.apply(element), merge);
    return CollectorImpl.identity(mapFactory, add);
  }

  public static Collector toUnmodifiableMap(Function keyMapper, Function valueMapper) {
    Collector modifiable = toMap(keyMapper, valueMapper);
    Function finish = map -> Collectors.unmodifiableCopy((Map) map);
    return CollectorImpl.finishing(modifiable.supplier(), modifiable.accumulator(), finish);
  }

  public static Collector toUnmodifiableMap(Function keyMapper, Function valueMapper, BinaryOperator merge) {
    Collector modifiable = toMap(keyMapper, valueMapper, merge);
    Function finish = map -> Collectors.unmodifiableCopy((Map) map);
    return CollectorImpl.finishing(modifiable.supplier(), modifiable.accumulator(), finish);
  }

  static Map unmodifiableCopy(Map map) {
    ImmutableCollections.MapN copy = new ImmutableCollections.MapN();
    Iterator entries = map.entrySet().iterator();
    while (entries.hasNext()) {
      Map.Entry entry = (Map.Entry) entries.next();
      copy.define(entry.getKey(), entry.getValue());
    }
    return copy;
  }

  static void putUnique(Map map, Object key, Object value) {
    if (value == null) throw new NullPointerException();
    Object existing = map.putIfAbsent(key, value);
    if (existing != null) {
      throw new IllegalStateException("Duplicate key " + key + " (attempted merging values " + existing + " and " + value + ")");
    }
  }

  public static Collector summarizingInt(ToIntFunction mapper) {
    if (mapper == null) throw new NullPointerException();
    Supplier factory = () -> new IntSummaryStatistics();
    BiConsumer add = (statistics, value) -> ((IntSummaryStatistics) statistics).accept(mapper.applyAsInt(value));
    return CollectorImpl.identity(factory, add);
  }

  public static Collector summarizingLong(ToLongFunction mapper) {
    if (mapper == null) throw new NullPointerException();
    Supplier factory = () -> new LongSummaryStatistics();
    BiConsumer add = (statistics, value) -> ((LongSummaryStatistics) statistics).accept(mapper.applyAsLong(value));
    return CollectorImpl.identity(factory, add);
  }

  public static Collector summarizingDouble(ToDoubleFunction mapper) {
    if (mapper == null) throw new NullPointerException();
    Supplier factory = () -> new DoubleSummaryStatistics();
    BiConsumer add = (statistics, value) -> ((DoubleSummaryStatistics) statistics).accept(mapper.applyAsDouble(value));
    return CollectorImpl.identity(factory, add);
  }

  public static Collector teeing(Collector first, Collector second, BiFunction merger) {
    if (first == null || second == null || merger == null) throw new NullPointerException();
    Supplier firstContainers = first.supplier();
    Supplier secondContainers = second.supplier();
    BiConsumer firstAdd = first.accumulator();
    BiConsumer secondAdd = second.accumulator();
    Function firstFinish = CollectorImpl.finisherOf(first);
    Function secondFinish = CollectorImpl.finisherOf(second);
    Supplier factory = () -> {
      Object[] pair = new Object[2];
      pair[0] = firstContainers.get();
      pair[1] = secondContainers.get();
      return pair;
    };
    BiConsumer add = (pair, value) -> {
      Object[] both = (Object[]) pair;
      firstAdd.accept(both[0], value);
      secondAdd.accept(both[1], value);
    };
    Function finish = pair -> {
      Object[] both = (Object[]) pair;
      return merger.apply(firstFinish.apply(both[0]), secondFinish.apply(both[1]));
    };
    return CollectorImpl.finishing(factory, add, finish);
  }
}
