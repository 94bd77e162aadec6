#!/usr/bin/env python3
"""Writes the Java of Kiln's runtime library that is the same for int, long and double: IntStream, LongStream
and DoubleStream (appended to Streams.java, whose stages they use), OptionalInt/Long/Double,
Int/LongSummaryStatistics and AtomicInteger/Long (and their arrays). runtime-lib/java-src/translate.sh runs it on a copy of the sources:
`primitives.py DIRECTORY`. One template per class keeps the three in step, as the JDK's are.

The streams carry boxes through Streams.java's stages: each primitive operation wraps its functional
interface into the boxed one the stage takes, and the terminal operations unbox.
"""
import os
import sys

PRIMITIVE_STREAMS_NOTE = """
// IntStream, LongStream and DoubleStream, written by primitives.py from one template.
"""

KINDS = {
  'Int': dict(p='int', B='Integer', other=[('Long','long','Long'),('Double','double','Double')]),
  'Long': dict(p='long', B='Long', other=[('Int','int','Integer'),('Double','double','Double')]),
  'Double': dict(p='double', B='Double', other=[('Int','int','Integer'),('Long','long','Long')]),
}
def primitive_stream(K):
    """The Java of one primitive stream: its interface, then its class."""
    kind = KINDS[K]
    p = kind['p']
    B = kind['B']

    def un(x):
        return f'(({B}) {x}).{p}Value()'
    interface_parts = []
    class_parts = []
    declare = interface_parts.append
    implement = class_parts.append
    declare(f'''
public interface {K}Stream extends BaseStream {{
  PrimitiveIterator.Of{K} iterator();

  {K}Stream sequential();

  {K}Stream parallel();

  {K}Stream filter({K}Predicate predicate);

  {K}Stream map({K}UnaryOperator mapper);

  Stream mapToObj({K}Function mapper);
''')
    for (OK, op, OB) in kind['other']:
        declare(f'''
  {OK}Stream mapTo{OK}({K}To{OK}Function mapper);
''')
    declare(f'''
  {K}Stream flatMap({K}Function mapper);

  {K}Stream distinct();

  {K}Stream sorted();

  {K}Stream peek({K}Consumer action);

  {K}Stream limit(long maxSize);

  {K}Stream skip(long n);

  {K}Stream takeWhile({K}Predicate predicate);

  {K}Stream dropWhile({K}Predicate predicate);

  void forEach({K}Consumer action);

  void forEachOrdered({K}Consumer action);

  {p}[] toArray();

  {p} reduce({p} identity, {K}BinaryOperator operator);

  Optional{K} reduce({K}BinaryOperator operator);

  Object collect(Supplier supplier, Obj{K}Consumer accumulator, BiConsumer combiner);

  {p} sum();

  Optional{K} min();

  Optional{K} max();

  long count();

  OptionalDouble average();

  {K}SummaryStatistics summaryStatistics();

  boolean anyMatch({K}Predicate predicate);

  boolean allMatch({K}Predicate predicate);

  boolean noneMatch({K}Predicate predicate);

  Optional{K} findFirst();

  Optional{K} findAny();

  Stream boxed();
''')
    if K == 'Int':
        declare('''
  LongStream asLongStream();

  DoubleStream asDoubleStream();
''')
    if K == 'Long':
        declare('''
  DoubleStream asDoubleStream();
''')
    declare(f'''
  static {K}Stream empty() {{
    return new {K}IteratorStream(new {K}ArraySource(new {p}[0], 0, 0), 0, new ArrayList());
  }}

  static {K}Stream of({p} value) {{
    {p}[] single = new {p}[1];
    single[0] = value;
    return new {K}IteratorStream(new {K}ArraySource(single, 0, 1), 1, new ArrayList());
  }}

  static {K}Stream of({p}... values) {{
    return new {K}IteratorStream(new {K}ArraySource(values, 0, values.length), values.length, new ArrayList());
  }}

  static {K}Stream iterate({p} seed, {K}UnaryOperator next) {{
    if (next == null) throw new NullPointerException();
    UnaryOperator step = value -> {B}.valueOf(next.applyAs{K}({un('value')}));
    return new {K}IteratorStream(new IterateSource({B}.valueOf(seed), null, step), -1, new ArrayList());
  }}

  static {K}Stream iterate({p} seed, {K}Predicate hasNext, {K}UnaryOperator next) {{
    if (hasNext == null || next == null) throw new NullPointerException();
    UnaryOperator step = value -> {B}.valueOf(next.applyAs{K}({un('value')}));
    Predicate test = value -> hasNext.test({un('value')});
    return new {K}IteratorStream(new IterateSource({B}.valueOf(seed), test, step), -1, new ArrayList());
  }}

  static {K}Stream generate({K}Supplier supplier) {{
    if (supplier == null) throw new NullPointerException();
    Supplier boxing = () -> {B}.valueOf(supplier.getAs{K}());
    return new {K}IteratorStream(new GenerateSource(boxing), -1, new ArrayList());
  }}

  static {K}Stream concat({K}Stream first, {K}Stream second) {{
    BoxedElements a = (BoxedElements) first;
    BoxedElements b = (BoxedElements) second;
    long size = PipelineState.sizeOfConcat(a.exactSize(), b.exactSize());
    Iterator left = a.boxedIterator();
    Iterator right = b.boxedIterator();
    {K}IteratorStream result = new {K}IteratorStream(new ConcatStage(left, right), size, new ArrayList());
    result.onClose(new ClosingBoth(first, second));
    return result;
  }}
''')
    if K == 'Int':
        declare('''
  static IntStream range(int from, int to) {
    long size = from < to ? (long) to - from : 0;
    return new IntIteratorStream(new RangeSource(from, to, true), size, new ArrayList());
  }

  static IntStream rangeClosed(int from, int last) {
    long size = from <= last ? (long) last - from + 1 : 0;
    return new IntIteratorStream(new RangeSource(from, (long) last + 1, true), size, new ArrayList());
  }
''')
    if K == 'Long':
        declare('''
  static LongStream range(long from, long to) {
    long size = from < to ? to - from : 0;
    if (size < 0) size = -1;
    return new LongIteratorStream(new RangeSource(from, to, false), size, new ArrayList());
  }

  static LongStream rangeClosed(long from, long last) {
    long size = from <= last ? last - from + 1 : 0;
    if (size < 0) size = -1;
    return new LongIteratorStream(new ClosedLongRangeSource(from, last), size, new ArrayList());
  }
''')
    declare('}\n')

    # Implementation: the source of an array of the kind (boxing lazily), the cursor that iterator() gives,
    # then the stream class.
    implement(f'''
final class {K}ArraySource implements Iterator {{
  private final {p}[] array;
  private int index;
  private final int end;

  {K}ArraySource({p}[] array, int from, int to) {{
    this.array = array;
    this.index = from;
    this.end = to;
  }}

  public boolean hasNext() {{
    return index < end;
  }}

  public Object next() {{
    if (index >= end) throw new NoSuchElementException();
    return {B}.valueOf(array[index++]);
  }}
}}

final class {K}Cursor implements PrimitiveIterator.Of{K} {{
  private final Iterator source;

  {K}Cursor(Iterator source) {{
    this.source = source;
  }}

  public boolean hasNext() {{
    return source.hasNext();
  }}

  public {p} next{K}() {{
    return {un('source.next()')};
  }}
}}
''')
    implement(f'''
final class {K}IteratorStream implements {K}Stream, BoxedElements {{
  private final PipelineState state;

  {K}IteratorStream(Iterator source, long exactSize, ArrayList closeHandlers) {{
    this.state = new PipelineState(source, exactSize, closeHandlers);
  }}

  private {K}Stream next(Iterator stage, long size) {{
    return new {K}IteratorStream(stage, size, state.closeHandlers);
  }}

  public Iterator boxedIterator() {{
    return state.take();
  }}

  public long exactSize() {{
    return state.exactSize;
  }}

  public PrimitiveIterator.Of{K} iterator() {{
    return new {K}Cursor(state.take());
  }}

  public boolean isParallel() {{
    return false;
  }}

  public {K}Stream sequential() {{
    return this;
  }}

  public {K}Stream parallel() {{
    return this;
  }}

  public BaseStream unordered() {{
    return this;
  }}

  public BaseStream onClose(Runnable handler) {{
    state.addCloseHandler(handler);
    return this;
  }}

  public void close() {{
    state.close();
  }}

  public {K}Stream filter({K}Predicate predicate) {{
    if (predicate == null) throw new NullPointerException();
    Predicate test = value -> predicate.test({un('value')});
    return next(new FilterStage(state.take(), test), -1);
  }}

  public {K}Stream map({K}UnaryOperator mapper) {{
    if (mapper == null) throw new NullPointerException();
    Function function = value -> {B}.valueOf(mapper.applyAs{K}({un('value')}));
    return next(new MapStage(state.take(), function), state.exactSize);
  }}

  public Stream mapToObj({K}Function mapper) {{
    if (mapper == null) throw new NullPointerException();
    Function function = value -> mapper.apply({un('value')});
    return new IteratorStream(new MapStage(state.take(), function), state.exactSize, state.closeHandlers);
  }}
''')
    for (OK, op, OB) in kind['other']:
        implement(f'''
  public {OK}Stream mapTo{OK}({K}To{OK}Function mapper) {{
    if (mapper == null) throw new NullPointerException();
    Function function = value -> {OB}.valueOf(mapper.applyAs{OK}({un('value')}));
    return new {OK}IteratorStream(new MapStage(state.take(), function), state.exactSize, state.closeHandlers);
  }}
''')
    implement(f'''
  public {K}Stream flatMap({K}Function mapper) {{
    if (mapper == null) throw new NullPointerException();
    Function function = value -> mapper.apply({un('value')});
    return next(new FlatMapStage(state.take(), function), -1);
  }}

  public {K}Stream distinct() {{
    return next(FilterStage.distinct(state.take()), -1);
  }}

  public {K}Stream sorted() {{
    return next(new SortedStage(state.take(), null), state.exactSize);
  }}

  public {K}Stream peek({K}Consumer action) {{
    if (action == null) throw new NullPointerException();
    Consumer consumer = value -> action.accept({un('value')});
    return next(new PeekStage(state.take(), consumer), state.exactSize);
  }}

  public {K}Stream limit(long maxSize) {{
    if (maxSize < 0) throw new IllegalArgumentException(Long.toString(maxSize));
    return next(new LimitStage(state.take(), maxSize), PipelineState.sizeAfterLimit(state.exactSize, maxSize));
  }}

  public {K}Stream skip(long n) {{
    if (n < 0) throw new IllegalArgumentException(Long.toString(n));
    return next(new SkipStage(state.take(), n), PipelineState.sizeAfterSkip(state.exactSize, n));
  }}

  public {K}Stream takeWhile({K}Predicate predicate) {{
    if (predicate == null) throw new NullPointerException();
    Predicate test = value -> predicate.test({un('value')});
    return next(new TakeWhileStage(state.take(), test), -1);
  }}

  public {K}Stream dropWhile({K}Predicate predicate) {{
    if (predicate == null) throw new NullPointerException();
    Predicate test = value -> predicate.test({un('value')});
    return next(new DropWhileStage(state.take(), test), -1);
  }}

  public void forEach({K}Consumer action) {{
    if (action == null) throw new NullPointerException();
    Iterator it = state.take();
    while (it.hasNext()) action.accept({un('it.next()')});
  }}

  public void forEachOrdered({K}Consumer action) {{
    forEach(action);
  }}

  public {p}[] toArray() {{
    Iterator it = state.take();
    {p}[] buffer = new {p}[16];
    int size = 0;
    while (it.hasNext()) {{
      if (size == buffer.length) buffer = Arrays.copyOf(buffer, size * 2);
      buffer[size++] = {un('it.next()')};
    }}
    return Arrays.copyOf(buffer, size);
  }}

  public {p} reduce({p} identity, {K}BinaryOperator operator) {{
    if (operator == null) throw new NullPointerException();
    Iterator it = state.take();
    {p} result = identity;
    while (it.hasNext()) result = operator.applyAs{K}(result, {un('it.next()')});
    return result;
  }}

  public Optional{K} reduce({K}BinaryOperator operator) {{
    if (operator == null) throw new NullPointerException();
    Iterator it = state.take();
    if (!it.hasNext()) return Optional{K}.empty();
    {p} result = {un('it.next()')};
    while (it.hasNext()) result = operator.applyAs{K}(result, {un('it.next()')});
    return Optional{K}.of(result);
  }}

  public Object collect(Supplier supplier, Obj{K}Consumer accumulator, BiConsumer combiner) {{
    if (supplier == null || accumulator == null || combiner == null) throw new NullPointerException();
    Iterator it = state.take();
    Object container = supplier.get();
    while (it.hasNext()) accumulator.accept(container, {un('it.next()')});
    return container;
  }}

  public Optional{K} min() {{
    Iterator it = state.take();
    if (!it.hasNext()) return Optional{K}.empty();
    {p} result = {un('it.next()')};
    while (it.hasNext()) result = Math.min(result, {un('it.next()')});
    return Optional{K}.of(result);
  }}

  public Optional{K} max() {{
    Iterator it = state.take();
    if (!it.hasNext()) return Optional{K}.empty();
    {p} result = {un('it.next()')};
    while (it.hasNext()) result = Math.max(result, {un('it.next()')});
    return Optional{K}.of(result);
  }}

  public long count() {{
    Iterator it = state.take();
    if (state.exactSize >= 0) return state.exactSize;
    long count = 0;
    while (it.hasNext()) {{
      it.next();
      count++;
    }}
    return count;
  }}

  public {K}SummaryStatistics summaryStatistics() {{
    Iterator it = state.take();
    {K}SummaryStatistics statistics = new {K}SummaryStatistics();
    while (it.hasNext()) statistics.accept({un('it.next()')});
    return statistics;
  }}

  public boolean anyMatch({K}Predicate predicate) {{
    if (predicate == null) throw new NullPointerException();
    Iterator it = state.take();
    while (it.hasNext()) {{
      if (predicate.test({un('it.next()')})) return true;
    }}
    return false;
  }}

  public boolean allMatch({K}Predicate predicate) {{
    if (predicate == null) throw new NullPointerException();
    Iterator it = state.take();
    while (it.hasNext()) {{
      if (!predicate.test({un('it.next()')})) return false;
    }}
    return true;
  }}

  public boolean noneMatch({K}Predicate predicate) {{
    return !anyMatch(predicate);
  }}

  public Optional{K} findFirst() {{
    Iterator it = state.take();
    if (!it.hasNext()) return Optional{K}.empty();
    return Optional{K}.of({un('it.next()')});
  }}

  public Optional{K} findAny() {{
    return findFirst();
  }}

  public Stream boxed() {{
    return new IteratorStream(state.take(), state.exactSize, state.closeHandlers);
  }}
''')
    if K in ('Int', 'Long'):
        implement(f'''
  public {p} sum() {{
    Iterator it = state.take();
    {p} total = 0;
    while (it.hasNext()) total += {un('it.next()')};
    return total;
  }}

  public OptionalDouble average() {{
    Iterator it = state.take();
    long count = 0;
    long total = 0;
    while (it.hasNext()) {{
      count++;
      total += {un('it.next()')};
    }}
    return count > 0 ? OptionalDouble.of((double) total / count) : OptionalDouble.empty();
  }}
''')
    else:
        implement('''
  public double sum() {
    Iterator it = state.take();
    double[] sums = new double[3];
    while (it.hasNext()) DoubleSums.add(sums, ((Double) it.next()).doubleValue());
    return DoubleSums.result(sums);
  }

  public OptionalDouble average() {
    Iterator it = state.take();
    double[] sums = new double[3];
    long count = 0;
    while (it.hasNext()) {
      count++;
      DoubleSums.add(sums, ((Double) it.next()).doubleValue());
    }
    return count > 0 ? OptionalDouble.of(DoubleSums.result(sums) / count) : OptionalDouble.empty();
  }
''')
    if K == 'Int':
        implement('''
  public LongStream asLongStream() {
    Function widening = value -> Long.valueOf(((Integer) value).intValue());
    return new LongIteratorStream(new MapStage(state.take(), widening), state.exactSize, state.closeHandlers);
  }

  public DoubleStream asDoubleStream() {
    Function widening = value -> Double.valueOf(((Integer) value).intValue());
    return new DoubleIteratorStream(new MapStage(state.take(), widening), state.exactSize, state.closeHandlers);
  }
''')
    if K == 'Long':
        implement('''
  public DoubleStream asDoubleStream() {
    Function widening = value -> Double.valueOf((double) ((Long) value).longValue());
    return new DoubleIteratorStream(new MapStage(state.take(), widening), state.exactSize, state.closeHandlers);
  }
''')
    implement('}\n')
    return ''.join(interface_parts) + ''.join(class_parts)


OPTIONAL_TEMPLATE = """
public final class Optional{K} {
  private static final Optional{K} EMPTY = new Optional{K}(false, {ZERO});

  private final boolean present;
  private final {p} value;

  private Optional{K}(boolean present, {p} value) {
    this.present = present;
    this.value = value;
  }

  public static Optional{K} empty() {
    return EMPTY;
  }

  public static Optional{K} of({p} value) {
    return new Optional{K}(true, value);
  }

  public {p} getAs{K}() {
    if (!present) throw new NoSuchElementException("No value present");
    return value;
  }

  public {p} orElseThrow() {
    if (!present) throw new NoSuchElementException("No value present");
    return value;
  }

  public {p} orElseThrow(Supplier exceptionSupplier) {
    if (!present) throw (Throwable) exceptionSupplier.get();
    return value;
  }

  public boolean isPresent() {
    return present;
  }

  public boolean isEmpty() {
    return !present;
  }

  public void ifPresent({K}Consumer action) {
    if (present) action.accept(value);
  }

  public void ifPresentOrElse({K}Consumer action, Runnable emptyAction) {
    if (present) action.accept(value);
    else emptyAction.run();
  }

  public {p} orElse({p} other) {
    return present ? value : other;
  }

  public {p} orElseGet({K}Supplier supplier) {
    return present ? value : supplier.getAs{K}();
  }

  // [second pass]
  public {K}Stream stream() {
    return present ? {K}Stream.of(value) : {K}Stream.empty();
  }

  public boolean equals(Object other) {
    if (this == other) return true;
    if (!(other instanceof Optional{K})) return false;
    Optional{K} that = (Optional{K}) other;
    return present && that.present ? {EQ} : present == that.present;
  }

  public int hashCode() {
    return present ? {B}.hashCode(value) : 0;
  }

  public String toString() {
    return present ? "Optional{K}[" + value + "]" : "Optional{K}.empty";
  }
}
"""

OPTIONAL_HEADER = """// Kiln's runtime library: java.util.OptionalInt, OptionalLong and OptionalDouble, written by
// runtime-lib/java-src/primitives.py (do not edit; edit the template there).
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
"""


def optionals():
    out = OPTIONAL_HEADER
    for K, p, zero, eq, B in [('Int', 'int', '0', 'value == that.value', 'Integer'),
                              ('Long', 'long', '0L', 'value == that.value', 'Long'),
                              ('Double', 'double', '0.0', 'Double.compare(value, that.value) == 0', 'Double')]:
        out += (OPTIONAL_TEMPLATE.replace('{K}', K).replace('{p}', p).replace('{ZERO}', zero)
                .replace('{EQ}', eq).replace('{B}', B))
    return out

STATISTICS_TEMPLATE = """
public class {K}SummaryStatistics implements {CONSUMERS} {
  private long count;
  private long sum;
  private {p} min = {B}.MAX_VALUE;
  private {p} max = {B}.MIN_VALUE;

  public {K}SummaryStatistics() {}

{WIDENING}  public void accept({p} value) {
    count++;
    sum += value;
    min = Math.min(min, value);
    max = Math.max(max, value);
  }

  public void combine({K}SummaryStatistics other) {
    count += other.count;
    sum += other.sum;
    min = Math.min(min, other.min);
    max = Math.max(max, other.max);
  }

  public final long getCount() {
    return count;
  }

  public final long getSum() {
    return sum;
  }

  public final {p} getMin() {
    return min;
  }

  public final {p} getMax() {
    return max;
  }

  public final double getAverage() {
    return count > 0 ? (double) sum / count : 0.0;
  }

  public String toString() {
    return String.format("{K}SummaryStatistics{count=%d, sum=%d, min=%d, average=%f, max=%d}",
        count, sum, min, getAverage(), max);
  }
}
"""

STATISTICS_HEADER = """// Kiln's runtime library: java.util.IntSummaryStatistics and LongSummaryStatistics, written by
// runtime-lib/java-src/primitives.py (do not edit; edit the template there).
package java.util;

import java.util.function.IntConsumer;
import java.util.function.LongConsumer;
"""

LONG_WIDENING = """  public void accept(int value) {
    accept((long) value);
  }

"""


def statistics():
    out = STATISTICS_HEADER
    for K, p, B, consumers, widening in [('Int', 'int', 'Integer', 'IntConsumer', ''),
                                         ('Long', 'long', 'Long', 'LongConsumer, IntConsumer', LONG_WIDENING)]:
        out += (STATISTICS_TEMPLATE.replace('{K}', K).replace('{p}', p).replace('{B}', B)
                .replace('{CONSUMERS}', consumers).replace('{WIDENING}', widening))
    return out

ATOMIC_TEMPLATE = """
public class Atomic{K} implements Number {
  private {p} value;

  public Atomic{K}() {}

  public Atomic{K}({p} initial) {
    value = initial;
  }

  public final {p} get() {
    return value;
  }

  public final void set({p} newValue) {
    value = newValue;
  }

  public final void lazySet({p} newValue) {
    value = newValue;
  }

  public final {p} getPlain() {
    return value;
  }

  public final void setPlain({p} newValue) {
    value = newValue;
  }

  public final {p} getAndSet({p} newValue) {
    {p} old = value;
    value = newValue;
    return old;
  }

  public final boolean compareAndSet({p} expected, {p} newValue) {
    if (value != expected) return false;
    value = newValue;
    return true;
  }

  public final boolean weakCompareAndSet({p} expected, {p} newValue) {
    return compareAndSet(expected, newValue);
  }

  public final {p} getAndIncrement() {
    return value++;
  }

  public final {p} getAndDecrement() {
    return value--;
  }

  public final {p} getAndAdd({p} delta) {
    {p} old = value;
    value += delta;
    return old;
  }

  public final {p} incrementAndGet() {
    return ++value;
  }

  public final {p} decrementAndGet() {
    return --value;
  }

  public final {p} addAndGet({p} delta) {
    value += delta;
    return value;
  }

  public final {p} getAndUpdate({K}UnaryOperator function) {
    {p} old = value;
    value = function.applyAs{K}(old);
    return old;
  }

  public final {p} updateAndGet({K}UnaryOperator function) {
    value = function.applyAs{K}(value);
    return value;
  }

  public final {p} getAndAccumulate({p} other, {K}BinaryOperator function) {
    {p} old = value;
    value = function.applyAs{K}(old, other);
    return old;
  }

  public final {p} accumulateAndGet({p} other, {K}BinaryOperator function) {
    value = function.applyAs{K}(value, other);
    return value;
  }

  public int intValue() {
    return (int) value;
  }

  public long longValue() {
    return (long) value;
  }

  public float floatValue() {
    return (float) value;
  }

  public double doubleValue() {
    return (double) value;
  }

  public String toString() {
    return {B}.toString(value);
  }
}
"""

ATOMIC_ARRAY_TEMPLATE = """
public class Atomic{K}Array {
  private final {p}[] values;

  public Atomic{K}Array(int length) {
    values = new {p}[length];
  }

  public Atomic{K}Array({p}[] array) {
    values = array.clone();
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

  public final {p} get(int i) {
    return values[at(i)];
  }

  public final void set(int i, {p} newValue) {
    values[at(i)] = newValue;
  }

  public final void lazySet(int i, {p} newValue) {
    values[at(i)] = newValue;
  }

  public final {p} getPlain(int i) {
    return values[at(i)];
  }

  public final void setPlain(int i, {p} newValue) {
    values[at(i)] = newValue;
  }

  public final {p} getAndSet(int i, {p} newValue) {
    {p} old = values[at(i)];
    values[at(i)] = newValue;
    return old;
  }

  public final boolean compareAndSet(int i, {p} expected, {p} newValue) {
    if (values[at(i)] != expected) return false;
    values[at(i)] = newValue;
    return true;
  }

  public final boolean weakCompareAndSet(int i, {p} expected, {p} newValue) {
    return compareAndSet(i, expected, newValue);
  }

  public final {p} getAndIncrement(int i) {
    return values[at(i)]++;
  }

  public final {p} getAndDecrement(int i) {
    return values[at(i)]--;
  }

  public final {p} getAndAdd(int i, {p} delta) {
    {p} old = values[at(i)];
    values[at(i)] = old + delta;
    return old;
  }

  public final {p} incrementAndGet(int i) {
    return ++values[at(i)];
  }

  public final {p} decrementAndGet(int i) {
    return --values[at(i)];
  }

  public final {p} addAndGet(int i, {p} delta) {
    values[at(i)] += delta;
    return values[at(i)];
  }

  public final {p} getAndUpdate(int i, {K}UnaryOperator function) {
    {p} old = values[at(i)];
    values[at(i)] = function.applyAs{K}(old);
    return old;
  }

  public final {p} updateAndGet(int i, {K}UnaryOperator function) {
    values[at(i)] = function.applyAs{K}(values[at(i)]);
    return values[at(i)];
  }

  public final {p} getAndAccumulate(int i, {p} other, {K}BinaryOperator function) {
    {p} old = values[at(i)];
    values[at(i)] = function.applyAs{K}(old, other);
    return old;
  }

  public final {p} accumulateAndGet(int i, {p} other, {K}BinaryOperator function) {
    values[at(i)] = function.applyAs{K}(values[at(i)], other);
    return values[at(i)];
  }

  public String toString() {
    return java.util.Arrays.toString(values);
  }
}
"""

ATOMIC_HEADER = """// Kiln's runtime library: java.util.concurrent.atomic.AtomicInteger, AtomicLong and their arrays, written by
// runtime-lib/java-src/primitives.py (do not edit; edit the template there). One thread: plain fields.
package java.util.concurrent.atomic;

import java.util.function.IntBinaryOperator;
import java.util.function.IntUnaryOperator;
import java.util.function.LongBinaryOperator;
import java.util.function.LongUnaryOperator;
"""


def atomics():
    out = ATOMIC_HEADER
    for K, p, B in [('Integer', 'int', 'Integer'), ('Long', 'long', 'Long')]:
        operator = 'Int' if K == 'Integer' else 'Long'
        out += ATOMIC_TEMPLATE.replace('{K}UnaryOperator', operator + 'UnaryOperator').replace(
            '{K}BinaryOperator', operator + 'BinaryOperator').replace('applyAs{K}', 'applyAs' + operator).replace(
            '{K}', K).replace('{p}', p).replace('{B}', B)
    for K, p in [('Integer', 'int'), ('Long', 'long')]:
        operator = 'Int' if K == 'Integer' else 'Long'
        out += ATOMIC_ARRAY_TEMPLATE.replace('{K}UnaryOperator', operator + 'UnaryOperator').replace(
            '{K}BinaryOperator', operator + 'BinaryOperator').replace('applyAs{K}', 'applyAs' + operator).replace(
            '{K}', K).replace('{p}', p)
    return out


def main():
    directory = sys.argv[1]
    with open(os.path.join(directory, 'OptionalPrimitives.java'), 'w') as out:
        out.write(optionals())
    with open(os.path.join(directory, 'IntegralSummaryStatistics.java'), 'w') as out:
        out.write(statistics())
    with open(os.path.join(directory, 'IntegralAtomics.java'), 'w') as out:
        out.write(atomics())
    # The primitive streams use Streams.java's package-private stages, so they join its compilation unit.
    with open(os.path.join(directory, 'Streams.java'), 'a') as out:
        out.write(PRIMITIVE_STREAMS_NOTE + primitive_stream('Int') + primitive_stream('Long') + primitive_stream('Double'))


if __name__ == '__main__':
    main()
