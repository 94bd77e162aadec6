// Kiln's runtime library: the character streams of java.io (Writer, StringWriter, PrintWriter,
// BufferedWriter, OutputStreamWriter, CharArrayWriter, Reader, StringReader, CharArrayReader, BufferedReader,
// InputStreamReader) and the in-memory byte streams, in Java; translate.sh turns them into runtime-lib/java.util.collections.ir.
// Bytes are UTF-8 unless a charset is given, the JDK's default charset.
package java.io;

import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.Locale;
import java.util.stream.Stream;

public abstract class Writer implements Closeable, Flushable, Appendable {
  protected Writer() {
  }

  public void write(int c) {
    write(new char[] {(char) c}, 0, 1);
  }

  public void write(char[] chars) {
    write(chars, 0, chars.length);
  }

  public abstract void write(char[] chars, int offset, int length);

  public void write(String text) {
    write(text, 0, text.length());
  }

  public void write(String text, int offset, int length) {
    char[] chars = new char[length];
    text.getChars(offset, offset + length, chars, 0);
    write(chars, 0, length);
  }

  public Writer append(CharSequence text) {
    write(String.valueOf(text));
    return this;
  }

  public Writer append(CharSequence text, int start, int end) {
    if (text == null) text = "null";
    write(text.subSequence(start, end).toString());
    return this;
  }

  public Writer append(char c) {
    write(c);
    return this;
  }

  public abstract void flush();

  public abstract void close();

  // The JDK's message for a bad range of an array, of chars or of bytes.
  static void checkRange(int offset, int length, int size) {
    if (offset < 0 || length < 0 || offset > size - length) {
      throw new IndexOutOfBoundsException("Range [" + offset + ", " + offset + " + " + length + ") out of bounds for length " + size);
    }
  }
}

public class StringWriter extends Writer {
  private final StringBuffer buffer;

  public StringWriter() {
    buffer = new StringBuffer();
  }

  public StringWriter(int size) {
    if (size < 0) throw new IllegalArgumentException("Negative buffer size");
    buffer = new StringBuffer();
  }

  public void write(int c) {
    buffer.append((char) c);
  }

  public void write(char[] chars, int offset, int length) {
    Writer.checkRange(offset, length, chars.length);
    buffer.append(chars, offset, length);
  }

  public void write(String text) {
    buffer.append(text);
  }

  public void write(String text, int offset, int length) {
    buffer.append(text, offset, offset + length);
  }

  public StringWriter append(CharSequence text) {
    write(String.valueOf(text));
    return this;
  }

  public StringWriter append(CharSequence text, int start, int end) {
    if (text == null) text = "null";
    write(text.subSequence(start, end).toString());
    return this;
  }

  public StringWriter append(char c) {
    write(c);
    return this;
  }

  public StringBuffer getBuffer() {
    return buffer;
  }

  public String toString() {
    return buffer.toString();
  }

  public void flush() {
  }

  public void close() {
  }
}

// As the JDK's: a PrintWriter over a stream buffers what it prints until it is flushed (by `flush`,
// `close`, or a `println`/`printf` when made with autoFlush), so its text comes after whatever
// System.out printed in between; it never throws, and `checkError` tells whether writing failed.
public class PrintWriter extends Writer {
  protected Writer out;
  private final boolean autoFlush;
  private boolean trouble;

  public PrintWriter(Writer out) {
    this(out, false);
  }

  public PrintWriter(Writer out, boolean autoFlush) {
    if (out == null) throw new NullPointerException();
    this.out = out;
    this.autoFlush = autoFlush;
  }

  public PrintWriter(OutputStream out) {
    this(out, false);
  }

  public PrintWriter(OutputStream out, boolean autoFlush) {
    this(new BufferedWriter(new OutputStreamWriter(out)), autoFlush);
  }

  public PrintWriter(String fileName) {
    this(new FileOutputStream(fileName), false);
  }

  public void write(int c) {
    if (out == null) trouble = true;
    else out.write(c);
  }

  public void write(char[] chars, int offset, int length) {
    if (out == null) trouble = true;
    else out.write(chars, offset, length);
  }

  public void write(char[] chars) {
    write(chars, 0, chars.length);
  }

  public void write(String text, int offset, int length) {
    if (out == null) trouble = true;
    else out.write(text, offset, length);
  }

  public void write(String text) {
    write(text, 0, text.length());
  }

  public void print(boolean value) {
    write(String.valueOf(value));
  }

  public void print(char value) {
    write(value);
  }

  public void print(int value) {
    write(String.valueOf(value));
  }

  public void print(long value) {
    write(String.valueOf(value));
  }

  public void print(float value) {
    write(String.valueOf(value));
  }

  public void print(double value) {
    write(String.valueOf(value));
  }

  public void print(char[] value) {
    write(value);
  }

  public void print(String value) {
    write(String.valueOf(value));
  }

  public void print(Object value) {
    write(String.valueOf(value));
  }

  public void println() {
    write(System.lineSeparator());
    if (autoFlush) flush();
  }

  public void println(boolean value) {
    print(value);
    println();
  }

  public void println(char value) {
    print(value);
    println();
  }

  public void println(int value) {
    print(value);
    println();
  }

  public void println(long value) {
    print(value);
    println();
  }

  public void println(float value) {
    print(value);
    println();
  }

  public void println(double value) {
    print(value);
    println();
  }

  public void println(char[] value) {
    print(value);
    println();
  }

  public void println(String value) {
    print(value);
    println();
  }

  public void println(Object value) {
    print(String.valueOf(value));
    println();
  }

  public PrintWriter printf(String format, Object... args) {
    return format(format, args);
  }

  public PrintWriter printf(Locale locale, String format, Object... args) {
    return format(locale, format, args);
  }

  public PrintWriter format(String format, Object... args) {
    write(String.format(format, args));
    if (autoFlush) flush();
    return this;
  }

  public PrintWriter format(Locale locale, String format, Object... args) {
    write(String.format(locale, format, args));
    if (autoFlush) flush();
    return this;
  }

  public PrintWriter append(CharSequence text) {
    write(String.valueOf(text));
    return this;
  }

  public PrintWriter append(CharSequence text, int start, int end) {
    if (text == null) text = "null";
    write(text.subSequence(start, end).toString());
    return this;
  }

  public PrintWriter append(char c) {
    write(c);
    return this;
  }

  public void flush() {
    if (out == null) trouble = true;
    else out.flush();
  }

  public void close() {
    if (out != null) {
      out.close();
      out = null;
    }
  }

  public boolean checkError() {
    if (out != null) flush();
    return trouble;
  }
}

// Holds up to 8192 characters before it passes them on, as the JDK's does by default.
public class BufferedWriter extends Writer {
  private Writer out;
  private final char[] buffer;
  private int count;

  public BufferedWriter(Writer out) {
    this(out, 8192);
  }

  public BufferedWriter(Writer out, int size) {
    if (size <= 0) throw new IllegalArgumentException("Buffer size <= 0");
    this.out = out;
    this.buffer = new char[size];
  }

  private void flushBuffer() {
    if (count > 0) {
      out.write(buffer, 0, count);
      count = 0;
    }
  }

  public void write(int c) {
    if (count >= buffer.length) flushBuffer();
    buffer[count++] = (char) c;
  }

  public void write(char[] chars, int offset, int length) {
    Writer.checkRange(offset, length, chars.length);
    if (length >= buffer.length) {
      flushBuffer();
      out.write(chars, offset, length);
      return;
    }
    int end = offset + length;
    while (offset < end) {
      int step = Math.min(buffer.length - count, end - offset);
      System.arraycopy(chars, offset, buffer, count, step);
      count += step;
      offset += step;
      if (count >= buffer.length) flushBuffer();
    }
  }

  public void write(String text, int offset, int length) {
    int end = offset + length;
    while (offset < end) {
      int step = Math.min(buffer.length - count, end - offset);
      text.getChars(offset, offset + step, buffer, count);
      count += step;
      offset += step;
      if (count >= buffer.length) flushBuffer();
    }
  }

  public void newLine() {
    write(System.lineSeparator());
  }

  public void flush() {
    flushBuffer();
    out.flush();
  }

  public void close() {
    if (out == null) return;
    flushBuffer();
    out.close();
    out = null;
  }
}

// Characters to a byte stream in a charset (UTF-8 unless given); UTF-8 text for System.out or System.err
// goes to it as text.
public class OutputStreamWriter extends Writer {
  private final OutputStream out;
  private final Charset charset;
  private final StringBuilder pending = new StringBuilder();

  public OutputStreamWriter(OutputStream out, Charset charset) {
    if (out == null || charset == null) throw new NullPointerException();
    this.out = out;
    this.charset = charset;
  }

  public OutputStreamWriter(OutputStream out) {
    this(out, Charset.defaultCharset());
  }

  public OutputStreamWriter(OutputStream out, String charsetName) throws UnsupportedEncodingException {
    this(out, Charset.forEncodingName(charsetName));
  }

  // The JDK's historical names: UTF8, ASCII, ISO8859_1, UnicodeBigUnmarked, UnicodeLittleUnmarked, UTF-16.
  public String getEncoding() {
    return Charset.historicalName(charset);
  }

  public void write(char[] chars, int offset, int length) {
    Writer.checkRange(offset, length, chars.length);
    pending.append(chars, offset, length);
    if (pending.length() >= 8192) passOn();
  }

  public void write(String text, int offset, int length) {
    pending.append(text, offset, offset + length);
    if (pending.length() >= 8192) passOn();
  }

  // A high surrogate at the end waits for its low half, so that the pair encodes as one character.
  private void passOn() {
    int end = pending.length();
    if (end > 0 && Character.isHighSurrogate(pending.charAt(end - 1))) end--;
    if (end == 0) return;
    String text = pending.substring(0, end);
    pending.delete(0, end);
    if (out instanceof PrintStream && charset == Charset.defaultCharset()) {
      ((PrintStream) out).print(text);
    } else {
      byte[] bytes = charset.encodeText(text);
      out.write(bytes, 0, bytes.length);
    }
  }

  public void flush() {
    passOn();
    out.flush();
  }

  public void close() {
    flush();
    out.close();
  }
}

public class ByteArrayOutputStream extends OutputStream {
  protected byte[] buf;
  protected int count;

  public ByteArrayOutputStream() {
    this(32);
  }

  public ByteArrayOutputStream(int size) {
    if (size < 0) throw new IllegalArgumentException("Negative initial size: " + size);
    buf = new byte[size];
  }

  private void ensure(int needed) {
    if (needed > buf.length) {
      byte[] grown = new byte[Math.max(needed, buf.length * 2)];
      System.arraycopy(buf, 0, grown, 0, count);
      buf = grown;
    }
  }

  public void write(int value) {
    ensure(count + 1);
    buf[count++] = (byte) value;
  }

  public void write(byte[] bytes, int offset, int length) {
    Writer.checkRange(offset, length, bytes.length);
    ensure(count + length);
    System.arraycopy(bytes, offset, buf, count, length);
    count += length;
  }

  public void writeBytes(byte[] bytes) {
    write(bytes, 0, bytes.length);
  }

  public void writeTo(OutputStream out) {
    out.write(buf, 0, count);
  }

  public void reset() {
    count = 0;
  }

  public byte[] toByteArray() {
    byte[] copy = new byte[count];
    System.arraycopy(buf, 0, copy, 0, count);
    return copy;
  }

  public int size() {
    return count;
  }

  public String toString() {
    return new String(buf, 0, count);
  }

  public void close() {
  }
}

public class ByteArrayInputStream extends InputStream {
  protected byte[] buf;
  protected int pos;
  protected int mark;
  protected int count;

  public ByteArrayInputStream(byte[] bytes) {
    this.buf = bytes;
    this.count = bytes.length;
  }

  public ByteArrayInputStream(byte[] bytes, int offset, int length) {
    this.buf = bytes;
    this.pos = offset;
    this.mark = offset;
    this.count = Math.min(offset + length, bytes.length);
  }

  public int read() {
    return pos < count ? (buf[pos++] & 0xff) : -1;
  }

  public int read(byte[] bytes, int offset, int length) {
    Writer.checkRange(offset, length, bytes.length);
    if (pos >= count) return -1;
    int available = count - pos;
    if (length > available) length = available;
    if (length <= 0) return 0;
    System.arraycopy(buf, pos, bytes, offset, length);
    pos += length;
    return length;
  }

  public int available() {
    return count - pos;
  }

  public long skip(long n) {
    long k = count - pos;
    if (n < k) k = n < 0 ? 0 : n;
    pos += (int) k;
    return k;
  }

  public boolean markSupported() {
    return true;
  }

  public void mark(int limit) {
    mark = pos;
  }

  public void reset() {
    pos = mark;
  }

  public void close() {
  }
}

public abstract class Reader implements Closeable {
  protected Reader() {
  }

  public int read() {
    char[] one = new char[1];
    return read(one, 0, 1) == -1 ? -1 : one[0];
  }

  public int read(char[] chars) {
    return read(chars, 0, chars.length);
  }

  public abstract int read(char[] chars, int offset, int length);

  public long skip(long n) {
    if (n < 0L) throw new IllegalArgumentException("skip value is negative");
    long skipped = 0;
    while (skipped < n && read() != -1) skipped++;
    return skipped;
  }

  public boolean ready() {
    return false;
  }

  public boolean markSupported() {
    return false;
  }

  public void mark(int limit) {
    throw new IOException("mark() not supported");
  }

  public void reset() {
    throw new IOException("reset() not supported");
  }

  public long transferTo(Writer out) {
    char[] chunk = new char[8192];
    long total = 0;
    int n;
    while ((n = read(chunk, 0, chunk.length)) >= 0) {
      out.write(chunk, 0, n);
      total += n;
    }
    return total;
  }

  public abstract void close();
}

public class StringReader extends Reader {
  private String text;
  private int next;
  private int mark;

  public StringReader(String text) {
    this.text = text;
  }

  private void ensureOpen() {
    if (text == null) throw new IOException("Stream closed");
  }

  public int read() {
    ensureOpen();
    return next < text.length() ? text.charAt(next++) : -1;
  }

  public int read(char[] chars, int offset, int length) {
    ensureOpen();
    Writer.checkRange(offset, length, chars.length);
    if (length == 0) return 0;
    if (next >= text.length()) return -1;
    int n = Math.min(text.length() - next, length);
    text.getChars(next, next + n, chars, offset);
    next += n;
    return n;
  }

  public long skip(long n) {
    ensureOpen();
    if (next >= text.length()) return 0;
    long step = Math.min(text.length() - next, n);
    step = Math.max(-next, step);
    next += (int) step;
    return step;
  }

  public boolean ready() {
    ensureOpen();
    return true;
  }

  public boolean markSupported() {
    return true;
  }

  public void mark(int limit) {
    if (limit < 0) throw new IllegalArgumentException("Read-ahead limit < 0");
    ensureOpen();
    mark = next;
  }

  public void reset() {
    ensureOpen();
    next = mark;
  }

  public void close() {
    text = null;
  }
}

// Bytes to characters in a charset (UTF-8 unless given): reads its whole stream at the first read, which
// suits Kiln's uses (text and standard input to the end) and keeps a multi-byte character from being split
// between reads.
// A Writer into a growing char array, as the JDK's (its text, its size, written out to another Writer).
public class CharArrayWriter extends Writer {
  protected char[] buf;
  protected int count;

  public CharArrayWriter() {
    this(32);
  }

  public CharArrayWriter(int initialSize) {
    if (initialSize < 0) throw new IllegalArgumentException("Negative initial size: " + initialSize);
    buf = new char[initialSize];
  }

  private void ensureRoom(int more) {
    if (count + more > buf.length) buf = java.util.Arrays.copyOf(buf, Math.max(buf.length * 2, count + more));
  }

  public void write(int c) {
    ensureRoom(1);
    buf[count++] = (char) c;
  }

  public void write(char[] chars, int offset, int length) {
    Writer.checkRange(offset, length, chars.length);
    ensureRoom(length);
    System.arraycopy(chars, offset, buf, count, length);
    count += length;
  }

  public void write(String text, int offset, int length) {
    ensureRoom(length);
    text.getChars(offset, offset + length, buf, count);
    count += length;
  }

  public CharArrayWriter append(CharSequence text) {
    String value = String.valueOf(text);
    write(value, 0, value.length());
    return this;
  }

  public CharArrayWriter append(CharSequence text, int start, int end) {
    if (text == null) text = "null";
    return append(text.subSequence(start, end));
  }

  public CharArrayWriter append(char c) {
    write(c);
    return this;
  }

  public void writeTo(Writer out) {
    out.write(buf, 0, count);
  }

  public void reset() {
    count = 0;
  }

  public char[] toCharArray() {
    return java.util.Arrays.copyOf(buf, count);
  }

  public int size() {
    return count;
  }

  public String toString() {
    return new String(buf, 0, count);
  }

  public void flush() {
  }

  public void close() {
  }
}

// A Reader over a char array (or a range of one), with mark and reset.
public class CharArrayReader extends Reader {
  protected char[] buf;
  protected int pos;
  protected int markedPos;
  protected int count;

  public CharArrayReader(char[] chars) {
    this(chars, 0, chars.length);
  }

  public CharArrayReader(char[] chars, int offset, int length) {
    if (offset < 0 || offset > chars.length || length < 0 || offset + length < 0) throw new IllegalArgumentException();
    buf = chars;
    pos = offset;
    markedPos = offset;
    count = Math.min(offset + length, chars.length);
  }

  private void ensureOpen() {
    if (buf == null) throw new IOException("Stream closed");
  }

  public int read() {
    ensureOpen();
    return pos < count ? buf[pos++] : -1;
  }

  public int read(char[] chars, int offset, int length) {
    ensureOpen();
    Writer.checkRange(offset, length, chars.length);
    if (length == 0) return 0;
    if (pos >= count) return -1;
    int n = Math.min(count - pos, length);
    System.arraycopy(buf, pos, chars, offset, n);
    pos += n;
    return n;
  }

  public long skip(long n) {
    ensureOpen();
    long available = count - pos;
    if (n > available) n = available;
    if (n < 0) return 0;
    pos += (int) n;
    return n;
  }

  public boolean ready() {
    ensureOpen();
    return count - pos > 0;
  }

  public boolean markSupported() {
    return true;
  }

  public void mark(int limit) {
    ensureOpen();
    markedPos = pos;
  }

  public void reset() {
    ensureOpen();
    pos = markedPos;
  }

  public void close() {
    buf = null;
  }
}

public class InputStreamReader extends Reader {
  private final InputStream in;
  private final Charset charset;
  private String text;
  private int next;

  public InputStreamReader(InputStream in, Charset charset) {
    if (in == null || charset == null) throw new NullPointerException();
    this.in = in;
    this.charset = charset;
  }

  public InputStreamReader(InputStream in) {
    this(in, Charset.defaultCharset());
  }

  public InputStreamReader(InputStream in, String charsetName) throws UnsupportedEncodingException {
    this(in, Charset.forEncodingName(charsetName));
  }

  public String getEncoding() {
    return Charset.historicalName(charset);
  }

  private void fill() {
    if (text == null) {
      byte[] bytes = in.readAllBytes();
      text = charset.decodeBytes(bytes, 0, bytes.length);
    }
  }

  public int read(char[] chars, int offset, int length) {
    Writer.checkRange(offset, length, chars.length);
    fill();
    if (length == 0) return 0;
    if (next >= text.length()) return -1;
    int n = Math.min(text.length() - next, length);
    text.getChars(next, next + n, chars, offset);
    next += n;
    return n;
  }

  public boolean ready() {
    return text != null && next < text.length();
  }

  public void close() {
    in.close();
  }
}

// Lines end at "\n", "\r" or "\r\n", as the JDK's readLine has them.
public class BufferedReader extends Reader {
  private Reader in;
  private final char[] buffer;
  private int next;
  private int end;
  private boolean skipLineFeed;
  private int markedNext = -1;

  public BufferedReader(Reader in) {
    this(in, 8192);
  }

  public BufferedReader(Reader in, int size) {
    if (size <= 0) throw new IllegalArgumentException("Buffer size <= 0");
    this.in = in;
    this.buffer = new char[size];
  }

  private void ensureOpen() {
    if (in == null) throw new IOException("Stream closed");
  }

  // Refills the buffer when it is used up; false at the end of the input.
  private boolean fill() {
    if (next < end) return true;
    int n = in.read(buffer, 0, buffer.length);
    if (n <= 0) return false;
    next = 0;
    end = n;
    markedNext = -1;
    return true;
  }

  public int read() {
    ensureOpen();
    while (true) {
      if (!fill()) return -1;
      char c = buffer[next++];
      if (skipLineFeed) {
        skipLineFeed = false;
        if (c == '\n') continue;
      }
      return c;
    }
  }

  public int read(char[] chars, int offset, int length) {
    ensureOpen();
    Writer.checkRange(offset, length, chars.length);
    if (length == 0) return 0;
    int count = 0;
    while (count < length) {
      if (count > 0 && next >= end) break;
      int c = read();
      if (c < 0) break;
      chars[offset + count] = (char) c;
      count++;
    }
    return count == 0 ? -1 : count;
  }

  public String readLine() {
    ensureOpen();
    StringBuilder line = null;
    while (true) {
      if (!fill()) return line == null ? null : line.toString();
      if (skipLineFeed) {
        skipLineFeed = false;
        if (buffer[next] == '\n') {
          next++;
          continue;
        }
      }
      if (line == null) line = new StringBuilder();
      int start = next;
      while (next < end) {
        char c = buffer[next];
        if (c == '\n' || c == '\r') {
          line.append(buffer, start, next - start);
          next++;
          if (c == '\r') skipLineFeed = true;
          return line.toString();
        }
        next++;
      }
      line.append(buffer, start, next - start);
    }
  }

  public boolean ready() {
    ensureOpen();
    return next < end || in.ready();
  }

  public Stream<String> lines() {
    ArrayList<String> all = new ArrayList<String>();
    String line;
    while ((line = readLine()) != null) all.add(line);
    return (Stream<String>) Stream.of(all.toArray());
  }

  public void close() {
    if (in == null) return;
    in.close();
    in = null;
  }
}
