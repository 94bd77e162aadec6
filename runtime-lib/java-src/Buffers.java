// Kiln's runtime library: java.nio's Buffer, ByteBuffer (on a byte array, in either byte order), ByteOrder
// and the buffer exceptions, in Java; translate.sh turns it into runtime-lib/java.util.collections.ir.
// The messages and the texts of toString are the JDK's, since programs print them.
package java.nio;

public final class ByteOrder {
  public static final ByteOrder BIG_ENDIAN = new ByteOrder("BIG_ENDIAN");
  public static final ByteOrder LITTLE_ENDIAN = new ByteOrder("LITTLE_ENDIAN");

  private final String name;

  private ByteOrder(String name) {
    this.name = name;
  }

  // The order of the machines the JDK runs on (x86 and ARM), and of Wasm's memory.
  public static ByteOrder nativeOrder() {
    return LITTLE_ENDIAN;
  }

  public String toString() {
    return name;
  }
}

public class BufferOverflowException extends RuntimeException {
  public BufferOverflowException() {
    super();
  }
}

public class BufferUnderflowException extends RuntimeException {
  public BufferUnderflowException() {
    super();
  }
}

public class InvalidMarkException extends IllegalStateException {
  public InvalidMarkException() {
    super();
  }
}

public class ReadOnlyBufferException extends UnsupportedOperationException {
  public ReadOnlyBufferException() {
    super();
  }
}

// The cursor of a buffer: 0 <= mark <= position <= limit <= capacity, the mark -1 when unset.
public abstract class Buffer {
  int mark;
  int position;
  int limit;
  final int capacity;

  Buffer(int mark, int position, int limit, int capacity) {
    if (capacity < 0) throw new IllegalArgumentException("capacity < 0: (" + capacity + " < 0)");
    this.capacity = capacity;
    this.limit = limit;
    this.position = position;
    this.mark = mark;
  }

  public final int capacity() {
    return capacity;
  }

  public final int position() {
    return position;
  }

  public Buffer position(int newPosition) {
    if (newPosition > limit) {
      throw new IllegalArgumentException("newPosition > limit: (" + newPosition + " > " + limit + ")");
    }
    if (newPosition < 0) throw new IllegalArgumentException("newPosition < 0: (" + newPosition + " < 0)");
    if (mark > newPosition) mark = -1;
    position = newPosition;
    return this;
  }

  public final int limit() {
    return limit;
  }

  public Buffer limit(int newLimit) {
    if (newLimit > capacity) {
      throw new IllegalArgumentException("newLimit > capacity: (" + newLimit + " > " + capacity + ")");
    }
    if (newLimit < 0) throw new IllegalArgumentException("newLimit < 0: (" + newLimit + " < 0)");
    limit = newLimit;
    if (position > newLimit) position = newLimit;
    if (mark > newLimit) mark = -1;
    return this;
  }

  public Buffer mark() {
    mark = position;
    return this;
  }

  public Buffer reset() {
    if (mark < 0) throw new InvalidMarkException();
    position = mark;
    return this;
  }

  public Buffer clear() {
    position = 0;
    limit = capacity;
    mark = -1;
    return this;
  }

  public Buffer flip() {
    limit = position;
    position = 0;
    mark = -1;
    return this;
  }

  public Buffer rewind() {
    position = 0;
    mark = -1;
    return this;
  }

  public final int remaining() {
    int left = limit - position;
    return left > 0 ? left : 0;
  }

  public final boolean hasRemaining() {
    return position < limit;
  }

  public abstract boolean isReadOnly();

  public abstract boolean hasArray();

  public abstract int arrayOffset();

  public boolean isDirect() {
    return false;
  }

  // The position of a relative access of `count` elements, which it passes.
  final int nextGetIndex(int count) {
    int at = position;
    if (limit - at < count) throw new BufferUnderflowException();
    position = at + count;
    return at;
  }

  final int nextPutIndex(int count) {
    int at = position;
    if (limit - at < count) throw new BufferOverflowException();
    position = at + count;
    return at;
  }

  // An absolute access of `count` elements at `index` (the JDK's exception has no message here).
  final int checkIndex(int index, int count) {
    if (index < 0 || count > limit - index) throw new IndexOutOfBoundsException();
    return index;
  }

  public String toString() {
    return getClass().getName() + "[pos=" + position + " lim=" + limit + " cap=" + capacity + "]";
  }
}

public abstract class ByteBuffer extends Buffer implements Comparable<ByteBuffer> {
  final byte[] bytes;
  final int offset;
  boolean bigEndian;

  ByteBuffer(byte[] bytes, int offset, int mark, int position, int limit, int capacity) {
    super(mark, position, limit, capacity);
    this.bytes = bytes;
    this.offset = offset;
    this.bigEndian = true;
  }

  public static ByteBuffer allocate(int capacity) {
    if (capacity < 0) throw new IllegalArgumentException("capacity < 0: (" + capacity + " < 0)");
    return new HeapByteBuffer(new byte[capacity], 0, -1, 0, capacity, capacity);
  }

  public static ByteBuffer allocateDirect(int capacity) {
    return ByteBuffer.allocate(capacity);
  }

  public static ByteBuffer wrap(byte[] array) {
    return new HeapByteBuffer(array, 0, -1, 0, array.length, array.length);
  }

  public static ByteBuffer wrap(byte[] array, int offset, int length) {
    if ((array.length | offset | length) < 0 || length > array.length - offset) throw new IndexOutOfBoundsException();
    return new HeapByteBuffer(array, 0, -1, offset, offset + length, array.length);
  }

  static void checkRange(int from, int size, int length) {
    if ((length | from | size) < 0 || size > length - from) {
      throw new IndexOutOfBoundsException("Range [" + from + ", " + from + " + " + size + ") out of bounds for length " + length);
    }
  }

  abstract ByteBuffer copy(int offset, int mark, int position, int limit, int capacity, boolean readOnly);

  // The views share the bytes; as the JDK's, they start in big-endian order.
  public ByteBuffer slice() {
    int left = remaining();
    return copy(offset + position, -1, 0, left, left, isReadOnly());
  }

  public ByteBuffer slice(int index, int length) {
    ByteBuffer.checkRange(index, length, limit);
    return copy(offset + index, -1, 0, length, length, isReadOnly());
  }

  public ByteBuffer duplicate() {
    return copy(offset, mark, position, limit, capacity, isReadOnly());
  }

  public ByteBuffer asReadOnlyBuffer() {
    return copy(offset, mark, position, limit, capacity, true);
  }

  public final ByteOrder order() {
    return bigEndian ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN;
  }

  public final ByteBuffer order(ByteOrder order) {
    bigEndian = order == ByteOrder.BIG_ENDIAN;
    return this;
  }

  public final boolean hasArray() {
    return !isReadOnly();
  }

  public final byte[] array() {
    if (isReadOnly()) throw new ReadOnlyBufferException();
    return bytes;
  }

  public final int arrayOffset() {
    if (isReadOnly()) throw new ReadOnlyBufferException();
    return offset;
  }

  public ByteBuffer position(int newPosition) {
    super.position(newPosition);
    return this;
  }

  public ByteBuffer limit(int newLimit) {
    super.limit(newLimit);
    return this;
  }

  public ByteBuffer mark() {
    super.mark();
    return this;
  }

  public ByteBuffer reset() {
    super.reset();
    return this;
  }

  public ByteBuffer clear() {
    super.clear();
    return this;
  }

  public ByteBuffer flip() {
    super.flip();
    return this;
  }

  public ByteBuffer rewind() {
    super.rewind();
    return this;
  }

  public ByteBuffer compact() {
    writable();
    int left = remaining();
    System.arraycopy(bytes, offset + position, bytes, offset, left);
    position = left;
    limit = capacity;
    mark = -1;
    return this;
  }

  final void writable() {
    if (isReadOnly()) throw new ReadOnlyBufferException();
  }

  public byte get() {
    return bytes[offset + nextGetIndex(1)];
  }

  public byte get(int index) {
    return bytes[offset + checkIndex(index, 1)];
  }

  public ByteBuffer get(byte[] target) {
    return get(target, 0, target.length);
  }

  public ByteBuffer get(byte[] target, int start, int length) {
    ByteBuffer.checkRange(start, length, target.length);
    if (length > remaining()) throw new BufferUnderflowException();
    System.arraycopy(bytes, offset + position, target, start, length);
    position += length;
    return this;
  }

  public ByteBuffer get(int index, byte[] target) {
    ByteBuffer.checkRange(index, target.length, limit);
    System.arraycopy(bytes, offset + index, target, 0, target.length);
    return this;
  }

  public ByteBuffer put(byte value) {
    writable();
    bytes[offset + nextPutIndex(1)] = value;
    return this;
  }

  public ByteBuffer put(int index, byte value) {
    writable();
    bytes[offset + checkIndex(index, 1)] = value;
    return this;
  }

  public ByteBuffer put(byte[] source) {
    return put(source, 0, source.length);
  }

  public ByteBuffer put(byte[] source, int start, int length) {
    writable();
    ByteBuffer.checkRange(start, length, source.length);
    if (length > remaining()) throw new BufferOverflowException();
    System.arraycopy(source, start, bytes, offset + position, length);
    position += length;
    return this;
  }

  public ByteBuffer put(int index, byte[] source) {
    writable();
    ByteBuffer.checkRange(index, source.length, limit);
    System.arraycopy(source, 0, bytes, offset + index, source.length);
    return this;
  }

  public ByteBuffer put(ByteBuffer source) {
    if (source == this) throw new IllegalArgumentException("The source buffer is this buffer");
    writable();
    int length = source.remaining();
    if (length > remaining()) throw new BufferOverflowException();
    System.arraycopy(source.bytes, source.offset + source.position, bytes, offset + position, length);
    source.position += length;
    position += length;
    return this;
  }

  // The `count` bytes at `at` (an index into `bytes`) as a number, in this buffer's order.
  final long read(int at, int count) {
    long value = 0L;
    for (int i = 0; i < count; i++) {
      int b = bytes[at + (bigEndian ? i : count - 1 - i)] & 255;
      value = (value << 8) | b;
    }
    return value;
  }

  final void write(int at, int count, long value) {
    for (int i = count - 1; i >= 0; i--) {
      bytes[at + (bigEndian ? i : count - 1 - i)] = (byte) value;
      value = value >>> 8;
    }
  }

  public char getChar() {
    return (char) read(offset + nextGetIndex(2), 2);
  }

  public char getChar(int index) {
    return (char) read(offset + checkIndex(index, 2), 2);
  }

  public ByteBuffer putChar(char value) {
    writable();
    write(offset + nextPutIndex(2), 2, value);
    return this;
  }

  public ByteBuffer putChar(int index, char value) {
    writable();
    write(offset + checkIndex(index, 2), 2, value);
    return this;
  }

  public short getShort() {
    return (short) read(offset + nextGetIndex(2), 2);
  }

  public short getShort(int index) {
    return (short) read(offset + checkIndex(index, 2), 2);
  }

  public ByteBuffer putShort(short value) {
    writable();
    write(offset + nextPutIndex(2), 2, value);
    return this;
  }

  public ByteBuffer putShort(int index, short value) {
    writable();
    write(offset + checkIndex(index, 2), 2, value);
    return this;
  }

  public int getInt() {
    return (int) read(offset + nextGetIndex(4), 4);
  }

  public int getInt(int index) {
    return (int) read(offset + checkIndex(index, 4), 4);
  }

  public ByteBuffer putInt(int value) {
    writable();
    write(offset + nextPutIndex(4), 4, value);
    return this;
  }

  public ByteBuffer putInt(int index, int value) {
    writable();
    write(offset + checkIndex(index, 4), 4, value);
    return this;
  }

  public long getLong() {
    return read(offset + nextGetIndex(8), 8);
  }

  public long getLong(int index) {
    return read(offset + checkIndex(index, 8), 8);
  }

  public ByteBuffer putLong(long value) {
    writable();
    write(offset + nextPutIndex(8), 8, value);
    return this;
  }

  public ByteBuffer putLong(int index, long value) {
    writable();
    write(offset + checkIndex(index, 8), 8, value);
    return this;
  }

  public float getFloat() {
    return Float.intBitsToFloat(getInt());
  }

  public float getFloat(int index) {
    return Float.intBitsToFloat(getInt(index));
  }

  public ByteBuffer putFloat(float value) {
    return putInt(Float.floatToRawIntBits(value));
  }

  public ByteBuffer putFloat(int index, float value) {
    return putInt(index, Float.floatToRawIntBits(value));
  }

  public double getDouble() {
    return Double.longBitsToDouble(getLong());
  }

  public double getDouble(int index) {
    return Double.longBitsToDouble(getLong(index));
  }

  public ByteBuffer putDouble(double value) {
    return putLong(Double.doubleToRawLongBits(value));
  }

  public ByteBuffer putDouble(int index, double value) {
    return putLong(index, Double.doubleToRawLongBits(value));
  }

  // Over the remaining bytes, as the JDK's: equal contents are equal buffers, whatever their positions.
  public int hashCode() {
    int hash = 1;
    for (int i = limit - 1; i >= position; i--) hash = 31 * hash + bytes[offset + i];
    return hash;
  }

  public boolean equals(Object other) {
    if (this == other) return true;
    if (!(other instanceof ByteBuffer)) return false;
    ByteBuffer that = (ByteBuffer) other;
    int length = remaining();
    if (length != that.remaining()) return false;
    for (int i = 0; i < length; i++) {
      if (bytes[offset + position + i] != that.bytes[that.offset + that.position + i]) return false;
    }
    return true;
  }

  public int compareTo(ByteBuffer that) {
    int length = Math.min(remaining(), that.remaining());
    for (int i = 0; i < length; i++) {
      int difference = Byte.compare(bytes[offset + position + i], that.bytes[that.offset + that.position + i]);
      if (difference != 0) return difference;
    }
    return remaining() - that.remaining();
  }
}

// The JDK's names (HeapByteBuffer, and HeapByteBufferR when read-only) are what toString shows.
class HeapByteBuffer extends ByteBuffer {
  HeapByteBuffer(byte[] bytes, int offset, int mark, int position, int limit, int capacity) {
    super(bytes, offset, mark, position, limit, capacity);
  }

  ByteBuffer copy(int offset, int mark, int position, int limit, int capacity, boolean readOnly) {
    if (readOnly) return new HeapByteBufferR(bytes, offset, mark, position, limit, capacity);
    return new HeapByteBuffer(bytes, offset, mark, position, limit, capacity);
  }

  public boolean isReadOnly() {
    return false;
  }
}

class HeapByteBufferR extends HeapByteBuffer {
  HeapByteBufferR(byte[] bytes, int offset, int mark, int position, int limit, int capacity) {
    super(bytes, offset, mark, position, limit, capacity);
  }

  public boolean isReadOnly() {
    return true;
  }
}
