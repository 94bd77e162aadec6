// Kiln's runtime library: java.io's DataOutput and DataInput (Java's portable binary format: big-endian
// numbers, and strings in modified UTF-8 behind a two-byte length) with the filter streams that carry them
// and the buffered byte streams, in Java; translate.sh turns it into runtime-lib/java.util.collections.ir.
package java.io;

public interface DataOutput {
  void write(int b) throws IOException;

  void write(byte[] bytes) throws IOException;

  void write(byte[] bytes, int offset, int length) throws IOException;

  void writeBoolean(boolean v) throws IOException;

  void writeByte(int v) throws IOException;

  void writeShort(int v) throws IOException;

  void writeChar(int v) throws IOException;

  void writeInt(int v) throws IOException;

  void writeLong(long v) throws IOException;

  void writeFloat(float v) throws IOException;

  void writeDouble(double v) throws IOException;

  void writeBytes(String s) throws IOException;

  void writeChars(String s) throws IOException;

  void writeUTF(String s) throws IOException;
}

public interface DataInput {
  void readFully(byte[] bytes) throws IOException;

  void readFully(byte[] bytes, int offset, int length) throws IOException;

  int skipBytes(int n) throws IOException;

  boolean readBoolean() throws IOException;

  byte readByte() throws IOException;

  int readUnsignedByte() throws IOException;

  short readShort() throws IOException;

  int readUnsignedShort() throws IOException;

  char readChar() throws IOException;

  int readInt() throws IOException;

  long readLong() throws IOException;

  float readFloat() throws IOException;

  double readDouble() throws IOException;

  String readLine() throws IOException;

  String readUTF() throws IOException;
}

public class FilterOutputStream extends OutputStream {
  protected OutputStream out;

  public FilterOutputStream(OutputStream out) {
    this.out = out;
  }

  public void write(int b) throws IOException {
    out.write(b);
  }

  public void write(byte[] bytes) throws IOException {
    write(bytes, 0, bytes.length);
  }

  public void write(byte[] bytes, int offset, int length) throws IOException {
    Writer.checkRange(offset, length, bytes.length);
    for (int i = 0; i < length; i++) write(bytes[offset + i]);
  }

  public void flush() throws IOException {
    out.flush();
  }

  public void close() throws IOException {
    flush();
    out.close();
  }
}

public class FilterInputStream extends InputStream {
  protected InputStream in;

  protected FilterInputStream(InputStream in) {
    this.in = in;
  }

  public int read() throws IOException {
    return in.read();
  }

  public int read(byte[] bytes, int offset, int length) throws IOException {
    return in.read(bytes, offset, length);
  }

  public int available() throws IOException {
    return in.available();
  }

  public long skip(long n) throws IOException {
    return in.skip(n);
  }

  public boolean markSupported() {
    return in.markSupported();
  }

  public void mark(int readLimit) {
    in.mark(readLimit);
  }

  public void reset() throws IOException {
    in.reset();
  }

  public void close() throws IOException {
    in.close();
  }
}

// The JDK's buffering, byte for byte, so that what reaches the stream beneath (System.out, say) reaches it
// when the JDK's would: when the buffer is full, on flush, or at once for a write as large as the buffer.
public class BufferedOutputStream extends FilterOutputStream {
  protected byte[] buf;
  protected int count;

  public BufferedOutputStream(OutputStream out) {
    this(out, 8192);
  }

  public BufferedOutputStream(OutputStream out, int size) {
    super(out);
    if (size <= 0) throw new IllegalArgumentException("Buffer size <= 0");
    buf = new byte[size];
  }

  private void flushBuffer() throws IOException {
    if (count > 0) {
      out.write(buf, 0, count);
      count = 0;
    }
  }

  public void write(int b) throws IOException {
    if (count >= buf.length) flushBuffer();
    buf[count++] = (byte) b;
  }

  public void write(byte[] bytes, int offset, int length) throws IOException {
    Writer.checkRange(offset, length, bytes.length);
    if (length >= buf.length) {
      flushBuffer();
      out.write(bytes, offset, length);
      return;
    }
    if (length > buf.length - count) flushBuffer();
    System.arraycopy(bytes, offset, buf, count, length);
    count += length;
  }

  public void flush() throws IOException {
    flushBuffer();
    out.flush();
  }
}

// The JDK's buffering with mark and reset: the buffer keeps what was read since the mark, growing up to
// the mark's limit, and reads as large as the buffer go straight to the stream beneath when nothing is marked.
public class BufferedInputStream extends FilterInputStream {
  protected byte[] buf;
  protected int count;
  protected int pos;
  protected int markpos = -1;
  protected int marklimit;

  public BufferedInputStream(InputStream in) {
    this(in, 8192);
  }

  public BufferedInputStream(InputStream in, int size) {
    super(in);
    if (size <= 0) throw new IllegalArgumentException("Buffer size <= 0");
    buf = new byte[size];
  }

  private InputStream source() throws IOException {
    if (in == null) throw new IOException("Stream closed");
    return in;
  }

  private void fill() throws IOException {
    if (markpos < 0) {
      pos = 0;
    } else if (pos >= buf.length) {
      if (markpos > 0) {
        int kept = pos - markpos;
        System.arraycopy(buf, markpos, buf, 0, kept);
        pos = kept;
        markpos = 0;
      } else if (buf.length >= marklimit) {
        markpos = -1;
        pos = 0;
      } else {
        int grown = Math.min(pos * 2, marklimit);
        buf = java.util.Arrays.copyOf(buf, grown);
      }
    }
    count = pos;
    int n = source().read(buf, pos, buf.length - pos);
    if (n > 0) count = n + pos;
  }

  public int read() throws IOException {
    if (pos >= count) {
      fill();
      if (pos >= count) return -1;
    }
    return buf[pos++] & 0xff;
  }

  private int readOnce(byte[] bytes, int offset, int length) throws IOException {
    int available = count - pos;
    if (available <= 0) {
      if (length >= buf.length && markpos < 0) return source().read(bytes, offset, length);
      fill();
      available = count - pos;
      if (available <= 0) return -1;
    }
    int n = Math.min(available, length);
    System.arraycopy(buf, pos, bytes, offset, n);
    pos += n;
    return n;
  }

  public int read(byte[] bytes, int offset, int length) throws IOException {
    Writer.checkRange(offset, length, bytes.length);
    if (length == 0) return 0;
    int total = 0;
    while (true) {
      int n = readOnce(bytes, offset + total, length - total);
      if (n <= 0) return total == 0 ? n : total;
      total += n;
      if (total >= length) return total;
      if (in != null && in.available() <= 0) return total;
    }
  }

  public long skip(long n) throws IOException {
    if (n <= 0) return 0;
    long available = count - pos;
    if (available <= 0) {
      if (markpos < 0) return source().skip(n);
      fill();
      available = count - pos;
      if (available <= 0) return 0;
    }
    long skipped = Math.min(available, n);
    pos += (int) skipped;
    return skipped;
  }

  public int available() throws IOException {
    int buffered = count - pos;
    int beneath = source().available();
    return buffered > Integer.MAX_VALUE - beneath ? Integer.MAX_VALUE : buffered + beneath;
  }

  public boolean markSupported() {
    return true;
  }

  public void mark(int readLimit) {
    marklimit = readLimit;
    markpos = pos;
  }

  public void reset() throws IOException {
    source();
    if (markpos < 0) throw new IOException("Resetting to invalid mark");
    pos = markpos;
  }

  public void close() throws IOException {
    if (in != null) {
      InputStream closing = in;
      in = null;
      buf = null;
      closing.close();
    }
  }
}

public class DataOutputStream extends FilterOutputStream implements DataOutput {
  protected int written;

  public DataOutputStream(OutputStream out) {
    super(out);
  }

  // The count of bytes written so far, saturating as the JDK's does.
  private void counted(int n) {
    int total = written + n;
    written = total < 0 ? Integer.MAX_VALUE : total;
  }

  public void write(int b) throws IOException {
    out.write(b);
    counted(1);
  }

  public void write(byte[] bytes, int offset, int length) throws IOException {
    out.write(bytes, offset, length);
    counted(length);
  }

  public void flush() throws IOException {
    out.flush();
  }

  public final int size() {
    return written;
  }

  public final void writeBoolean(boolean v) throws IOException {
    write(v ? 1 : 0);
  }

  public final void writeByte(int v) throws IOException {
    write(v);
  }

  public final void writeShort(int v) throws IOException {
    write(v >>> 8);
    write(v);
  }

  public final void writeChar(int v) throws IOException {
    write(v >>> 8);
    write(v);
  }

  public final void writeInt(int v) throws IOException {
    write(v >>> 24);
    write(v >>> 16);
    write(v >>> 8);
    write(v);
  }

  public final void writeLong(long v) throws IOException {
    writeInt((int) (v >>> 32));
    writeInt((int) v);
  }

  public final void writeFloat(float v) throws IOException {
    writeInt(Float.floatToIntBits(v));
  }

  public final void writeDouble(double v) throws IOException {
    writeLong(Double.doubleToLongBits(v));
  }

  // The low byte of each char.
  public final void writeBytes(String s) throws IOException {
    for (int i = 0; i < s.length(); i++) write(s.charAt(i));
  }

  public final void writeChars(String s) throws IOException {
    for (int i = 0; i < s.length(); i++) writeChar(s.charAt(i));
  }

  // Modified UTF-8: U+0000 takes two bytes, and a supplementary character is its two surrogates, three bytes each.
  public final void writeUTF(String s) throws IOException {
    int length = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      length += c >= 1 && c <= 127 ? 1 : c <= 2047 ? 2 : 3;
    }
    if (length > 65535) throw new UTFDataFormatException("encoded string too long: " + length + " bytes");
    writeShort(length);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= 1 && c <= 127) {
        write(c);
      } else if (c <= 2047) {
        write(0xC0 | (c >> 6));
        write(0x80 | (c & 0x3F));
      } else {
        write(0xE0 | (c >> 12));
        write(0x80 | ((c >> 6) & 0x3F));
        write(0x80 | (c & 0x3F));
      }
    }
  }
}

public class DataInputStream extends FilterInputStream implements DataInput {
  // The byte that readLine read past a carriage return, to be read again; -1 when there is none.
  private int pushedBack = -1;

  public DataInputStream(InputStream in) {
    super(in);
  }

  private int take() throws IOException {
    if (pushedBack >= 0) {
      int b = pushedBack;
      pushedBack = -1;
      return b;
    }
    return in.read();
  }

  private int next() throws IOException {
    int b = take();
    if (b < 0) throw new EOFException();
    return b;
  }

  public int read() throws IOException {
    return take();
  }

  public int read(byte[] bytes, int offset, int length) throws IOException {
    Writer.checkRange(offset, length, bytes.length);
    if (length > 0 && pushedBack >= 0) {
      bytes[offset] = (byte) take();
      return 1;
    }
    return in.read(bytes, offset, length);
  }

  public final int read(byte[] bytes) throws IOException {
    return read(bytes, 0, bytes.length);
  }

  public int available() throws IOException {
    return (pushedBack >= 0 ? 1 : 0) + in.available();
  }

  public final void readFully(byte[] bytes) throws IOException {
    readFully(bytes, 0, bytes.length);
  }

  public final void readFully(byte[] bytes, int offset, int length) throws IOException {
    Writer.checkRange(offset, length, bytes.length);
    int done = 0;
    while (done < length) {
      int count = read(bytes, offset + done, length - done);
      if (count < 0) throw new EOFException();
      done += count;
    }
  }

  public final int skipBytes(int n) throws IOException {
    int skipped = 0;
    while (skipped < n && take() >= 0) skipped++;
    return skipped;
  }

  public final boolean readBoolean() throws IOException {
    return next() != 0;
  }

  public final byte readByte() throws IOException {
    return (byte) next();
  }

  public final int readUnsignedByte() throws IOException {
    return next();
  }

  public final short readShort() throws IOException {
    int high = next();
    return (short) ((high << 8) | next());
  }

  public final int readUnsignedShort() throws IOException {
    int high = next();
    return (high << 8) | next();
  }

  public final char readChar() throws IOException {
    int high = next();
    return (char) ((high << 8) | next());
  }

  public final int readInt() throws IOException {
    int value = 0;
    for (int i = 0; i < 4; i++) value = (value << 8) | next();
    return value;
  }

  public final long readLong() throws IOException {
    long high = readInt();
    return (high << 32) | (readInt() & 0xFFFFFFFFL);
  }

  public final float readFloat() throws IOException {
    return Float.intBitsToFloat(readInt());
  }

  public final double readDouble() throws IOException {
    return Double.longBitsToDouble(readLong());
  }

  // Bytes as chars up to a line end (\n, \r or \r\n); null at the end of the stream.
  public final String readLine() throws IOException {
    StringBuilder line = new StringBuilder();
    int c = take();
    if (c < 0) return null;
    while (c >= 0 && c != '\n') {
      if (c == '\r') {
        int after = take();
        if (after != '\n') pushedBack = after;
        break;
      }
      line.append((char) c);
      c = take();
    }
    return line.toString();
  }

  public final String readUTF() throws IOException {
    return DataInputStream.readUTF(this);
  }

  public static final String readUTF(DataInput input) throws IOException {
    int length = input.readUnsignedShort();
    byte[] bytes = new byte[length];
    input.readFully(bytes, 0, length);
    StringBuilder text = new StringBuilder();
    int i = 0;
    while (i < length) {
      int a = bytes[i] & 0xFF;
      if (a < 0x80) {
        text.append((char) a);
        i++;
      } else if ((a & 0xE0) == 0xC0) {
        if (i + 2 > length) throw new UTFDataFormatException("malformed input: partial character at end");
        int b = bytes[i + 1] & 0xFF;
        if ((b & 0xC0) != 0x80) throw new UTFDataFormatException("malformed input around byte " + (i + 2));
        text.append((char) (((a & 0x1F) << 6) | (b & 0x3F)));
        i += 2;
      } else if ((a & 0xF0) == 0xE0) {
        if (i + 3 > length) throw new UTFDataFormatException("malformed input: partial character at end");
        int b = bytes[i + 1] & 0xFF;
        int c = bytes[i + 2] & 0xFF;
        if ((b & 0xC0) != 0x80 || (c & 0xC0) != 0x80) throw new UTFDataFormatException("malformed input around byte " + (i + 2));
        text.append((char) (((a & 0x0F) << 12) | ((b & 0x3F) << 6) | (c & 0x3F)));
        i += 3;
      } else {
        throw new UTFDataFormatException("malformed input around byte " + i);
      }
    }
    return text.toString();
  }
}
