// Kiln's runtime library: java.util.Formatter writing into its own text, over String.format; translate.sh turns it into IR.
package java.util;

public final class Formatter implements java.io.Closeable {
  private final StringBuilder text;
  private boolean closed;

  public Formatter() {
    text = new StringBuilder();
  }

  public Formatter(Locale locale) {
    this();
  }

  public Formatter format(String format, Object... args) {
    ensureOpen();
    text.append(String.format(format, args));
    return this;
  }

  public Formatter format(Locale locale, String format, Object... args) {
    return format(format, args);
  }

  public void flush() {
    ensureOpen();
  }

  public void close() {
    closed = true;
  }

  public String toString() {
    ensureOpen();
    return text.toString();
  }

  private void ensureOpen() {
    if (closed) throw new FormatterClosedException();
  }
}

class FormatterClosedException extends IllegalStateException {
  public FormatterClosedException() {
    super();
  }
}
