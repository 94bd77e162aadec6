// Kiln's runtime library: java.util.Formatter, writing String.format's text to an Appendable (its own
// StringBuilder unless given one), and Formattable, the values that format themselves; translate.sh turns
// them into IR.
package java.util;

import java.io.PrintStream;

public final class Formatter implements java.io.Closeable, java.io.Flushable {
  private final Appendable out;
  private boolean closed;

  public Formatter() {
    out = new StringBuilder();
  }

  public Formatter(Appendable out) {
    this.out = out == null ? new StringBuilder() : out;
  }

  public Formatter(Locale locale) {
    this();
  }

  public Formatter(Appendable out, Locale locale) {
    this(out);
  }

  public Formatter(PrintStream stream) {
    if (stream == null) throw new NullPointerException();
    out = stream;
  }

  public Formatter format(String format, Object... args) {
    ensureOpen();
    out.append(String.format(format, args));
    return this;
  }

  public Formatter format(Locale locale, String format, Object... args) {
    return format(format, args);
  }

  public Appendable out() {
    ensureOpen();
    return out;
  }

  public Locale locale() {
    ensureOpen();
    return Locale.getDefault();
  }

  public java.io.IOException ioException() {
    return null;
  }

  // [second pass]
  public void flush() {
    ensureOpen();
    if (out instanceof PrintStream) ((PrintStream) out).flush();
    else if (out instanceof java.io.Writer) ((java.io.Writer) out).flush();
  }

  // Closing closes a target that is Closeable, as the JDK's does.
  // [second pass]
  public void close() {
    if (closed) return;
    closed = true;
    if (out instanceof java.io.Closeable) ((java.io.Closeable) out).close();
  }

  public String toString() {
    ensureOpen();
    return out.toString();
  }

  private void ensureOpen() {
    if (closed) throw new FormatterClosedException();
  }

  // What `%s` of a Formattable writes: the text it formats into a Formatter of its own.
  static String formatTo(Formattable value, int flags, int width, int precision) {
    Formatter formatter = new Formatter();
    value.formatTo(formatter, flags, width, precision);
    return formatter.toString();
  }
}

// A value that formats itself for `%s`, given FormattableFlags, a width and a precision (-1 when absent).
public interface Formattable {
  void formatTo(Formatter formatter, int flags, int width, int precision);
}

public class FormattableFlags {
  public static final int LEFT_JUSTIFY = 1;
  public static final int UPPERCASE = 2;
  public static final int ALTERNATE = 4;

  private FormattableFlags() {
  }
}

class FormatterClosedException extends IllegalStateException {
  public FormatterClosedException() {
    super();
  }
}
