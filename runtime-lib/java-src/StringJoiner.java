// Kiln's runtime library: java.util.StringJoiner, in Java; translate.sh turns it into runtime-lib/java.util.collections.ir.
package java.util;

public final class StringJoiner {
  private final String delimiter;
  private final String prefix;
  private final String suffix;
  // The parts so far with their delimiters, without the prefix and suffix; null before the first.
  private StringBuilder parts;
  private String emptyValue;

  public StringJoiner(CharSequence delimiter) {
    this(delimiter, "", "");
  }

  public StringJoiner(CharSequence delimiter, CharSequence prefix, CharSequence suffix) {
    if (delimiter == null || prefix == null || suffix == null) throw new NullPointerException();
    this.delimiter = delimiter.toString();
    this.prefix = prefix.toString();
    this.suffix = suffix.toString();
  }

  public StringJoiner setEmptyValue(CharSequence emptyValue) {
    if (emptyValue == null) throw new NullPointerException("The empty value must not be null");
    this.emptyValue = emptyValue.toString();
    return this;
  }

  public StringJoiner add(CharSequence part) {
    if (parts == null) {
      parts = new StringBuilder();
    } else {
      parts.append(delimiter);
    }
    parts.append(String.valueOf(part));
    return this;
  }

  public StringJoiner merge(StringJoiner other) {
    if (other == null) throw new NullPointerException();
    if (other.parts != null) add(other.parts.toString());
    return this;
  }

  public int length() {
    if (parts == null && emptyValue != null) return emptyValue.length();
    return prefix.length() + (parts == null ? 0 : parts.length()) + suffix.length();
  }

  public String toString() {
    if (parts == null && emptyValue != null) return emptyValue;
    return prefix + (parts == null ? "" : parts.toString()) + suffix;
  }
}
