// Kiln's runtime library: java.nio.charset (Charset, StandardCharsets' six charsets and the exceptions of
// Charset.forName), in Java; translate.sh turns it into runtime-lib/java.util.collections.ir.
//
// A charset here converts a whole string or byte range at once, as String.getBytes and new String(bytes)
// need, with the JDK's replacements for what it cannot convert: '?' for a character a single-byte charset
// lacks (a surrogate pair is one character, so one '?'), U+FFFD for a byte sequence it cannot decode, and
// the bytes of U+FFFD where UTF-16 meets a lone surrogate. StandardCharsets' fields are Scala.js's module
// accessors (runtime-lib/java.io.ir), which read the instances kept here.
package java.nio.charset;

public abstract class Charset implements Comparable<Charset> {
  static final Charset UTF_8_INSTANCE = new Utf8Charset();
  static final Charset US_ASCII_INSTANCE = new SingleByteCharset("US-ASCII", 0x80);
  static final Charset ISO_8859_1_INSTANCE = new SingleByteCharset("ISO-8859-1", 0x100);
  static final Charset UTF_16BE_INSTANCE = new Utf16Charset("UTF-16BE", false, false);
  static final Charset UTF_16LE_INSTANCE = new Utf16Charset("UTF-16LE", true, false);
  static final Charset UTF_16_INSTANCE = new Utf16Charset("UTF-16", false, true);

  private final String canonicalName;

  protected Charset(String canonicalName) {
    this.canonicalName = canonicalName;
  }

  public final String name() {
    return canonicalName;
  }

  public String displayName() {
    return canonicalName;
  }

  public final String toString() {
    return canonicalName;
  }

  public final boolean equals(Object other) {
    return this == other;
  }

  public final int hashCode() {
    return canonicalName.hashCode();
  }

  public final int compareTo(Charset other) {
    return canonicalName.compareToIgnoreCase(other.canonicalName);
  }

  public boolean canEncode() {
    return true;
  }

  public final boolean isRegistered() {
    return true;
  }

  // The whole of `text` in this charset's bytes.
  public abstract byte[] encodeText(String text);

  // `length` bytes from `offset` as text.
  public abstract String decodeBytes(byte[] bytes, int offset, int length);

  // The name InputStreamReader.getEncoding and OutputStreamWriter.getEncoding give, the JDK's historical one.
  public static String historicalName(Charset charset) {
    if (charset == UTF_8_INSTANCE) return "UTF8";
    if (charset == US_ASCII_INSTANCE) return "ASCII";
    if (charset == ISO_8859_1_INSTANCE) return "ISO8859_1";
    if (charset == UTF_16BE_INSTANCE) return "UnicodeBigUnmarked";
    if (charset == UTF_16LE_INSTANCE) return "UnicodeLittleUnmarked";
    return "UTF-16";
  }

  public static Charset defaultCharset() {
    return UTF_8_INSTANCE;
  }

  // The charset of a name or alias, ignoring case; null when none.
  static Charset lookup(String name) {
    String key = name.toUpperCase();
    if (key.equals("UTF-8") || key.equals("UTF8") || key.equals("UNICODE-1-1-UTF-8")) return UTF_8_INSTANCE;
    if (key.equals("US-ASCII") || key.equals("ASCII") || key.equals("US") || key.equals("646") || key.equals("ISO646-US")
        || key.equals("ANSI_X3.4-1968") || key.equals("ANSI_X3.4-1986") || key.equals("CP367") || key.equals("IBM367")
        || key.equals("CSASCII") || key.equals("DEFAULT") || key.equals("ISO_646.IRV:1991") || key.equals("ISO-IR-6")) {
      return US_ASCII_INSTANCE;
    }
    if (key.equals("ISO-8859-1") || key.equals("ISO8859-1") || key.equals("ISO8859_1") || key.equals("ISO_8859_1")
        || key.equals("ISO_8859-1") || key.equals("LATIN1") || key.equals("L1") || key.equals("8859_1") || key.equals("CP819")
        || key.equals("IBM819") || key.equals("IBM-819") || key.equals("819") || key.equals("CSISOLATIN1") || key.equals("ISO-IR-100")) {
      return ISO_8859_1_INSTANCE;
    }
    if (key.equals("UTF-16BE") || key.equals("UTF_16BE") || key.equals("X-UTF-16BE") || key.equals("ISO-10646-UCS-2")
        || key.equals("UNICODEBIGUNMARKED")) {
      return UTF_16BE_INSTANCE;
    }
    if (key.equals("UTF-16LE") || key.equals("UTF_16LE") || key.equals("X-UTF-16LE") || key.equals("UNICODELITTLEUNMARKED")) {
      return UTF_16LE_INSTANCE;
    }
    if (key.equals("UTF-16") || key.equals("UTF_16") || key.equals("UTF16") || key.equals("UNICODE")) return UTF_16_INSTANCE;
    return null;
  }

  // The JDK's rule for a legal name: ASCII letters, digits and `-+:_.`, starting with a letter or a digit.
  static void checkName(String name) {
    if (name == null) throw new IllegalArgumentException("Null charset name");
    if (name.isEmpty()) throw new IllegalCharsetNameException(name);
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      boolean letterOrDigit = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
      boolean punctuation = c == '-' || c == '+' || c == ':' || c == '_' || c == '.';
      if (!letterOrDigit && !(punctuation && i > 0)) throw new IllegalCharsetNameException(name);
    }
  }

  public static Charset forName(String name) {
    checkName(name);
    Charset found = lookup(name);
    if (found == null) throw new UnsupportedCharsetException(name);
    return found;
  }

  public static boolean isSupported(String name) {
    checkName(name);
    return lookup(name) != null;
  }

  // For String.getBytes(String) and new String(bytes, String), which throw the checked
  // UnsupportedEncodingException for a name the JDK does not know.
  public static Charset forEncodingName(String name) throws java.io.UnsupportedEncodingException {
    if (name == null) throw new NullPointerException("charsetName");
    Charset found = null;
    try {
      checkName(name);
      found = lookup(name);
    } catch (IllegalCharsetNameException e) {
      found = null;
    }
    if (found == null) throw new java.io.UnsupportedEncodingException(name);
    return found;
  }
}

final class Utf8Charset extends Charset {
  Utf8Charset() {
    super("UTF-8");
  }

  public byte[] encodeText(String text) {
    return text.getBytes();
  }

  public String decodeBytes(byte[] bytes, int offset, int length) {
    return new String(bytes, offset, length);
  }
}

// US-ASCII (below 0x80) and ISO-8859-1 (below 0x100): one byte a character.
final class SingleByteCharset extends Charset {
  private final int limit;

  SingleByteCharset(String name, int limit) {
    super(name);
    this.limit = limit;
  }

  public byte[] encodeText(String text) {
    int length = text.length();
    byte[] out = new byte[length];
    int count = 0;
    for (int i = 0; i < length; i++) {
      char c = text.charAt(i);
      if (c < limit) {
        out[count++] = (byte) c;
      } else {
        out[count++] = (byte) '?';
        if (Character.isHighSurrogate(c) && i + 1 < length && Character.isLowSurrogate(text.charAt(i + 1))) i++;
      }
    }
    return count == length ? out : java.util.Arrays.copyOf(out, count);
  }

  public String decodeBytes(byte[] bytes, int offset, int length) {
    char[] chars = new char[length];
    for (int i = 0; i < length; i++) {
      int b = bytes[offset + i] & 0xFF;
      chars[i] = b < limit ? (char) b : '\uFFFD';
    }
    return new String(chars);
  }
}

// UTF-16 in either byte order; the one named UTF-16 writes a big-endian byte-order mark and reads one in
// either order (big-endian without one).
final class Utf16Charset extends Charset {
  private final boolean littleEndian;
  private final boolean byteOrderMark;

  Utf16Charset(String name, boolean littleEndian, boolean byteOrderMark) {
    super(name);
    this.littleEndian = littleEndian;
    this.byteOrderMark = byteOrderMark;
  }

  public byte[] encodeText(String text) {
    int length = text.length();
    // No byte-order mark for no text.
    byte[] out = new byte[2 * length + (byteOrderMark && length > 0 ? 2 : 0)];
    int at = 0;
    if (byteOrderMark && length > 0) {
      out[at++] = (byte) 0xFE;
      out[at++] = (byte) 0xFF;
    }
    for (int i = 0; i < length; i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < length && Character.isLowSurrogate(text.charAt(i + 1))) {
        at = put(out, at, c);
        i++;
        at = put(out, at, text.charAt(i));
      } else if (Character.isSurrogate(c)) {
        at = put(out, at, '\uFFFD');
      } else {
        at = put(out, at, c);
      }
    }
    return out;
  }

  private int put(byte[] out, int at, char c) {
    if (littleEndian) {
      out[at] = (byte) c;
      out[at + 1] = (byte) (c >> 8);
    } else {
      out[at] = (byte) (c >> 8);
      out[at + 1] = (byte) c;
    }
    return at + 2;
  }

  public String decodeBytes(byte[] bytes, int offset, int length) {
    boolean little = littleEndian;
    int at = offset;
    int end = offset + length;
    if (byteOrderMark && length >= 2) {
      int first = bytes[at] & 0xFF;
      int second = bytes[at + 1] & 0xFF;
      if (first == 0xFE && second == 0xFF) {
        at += 2;
      } else if (first == 0xFF && second == 0xFE) {
        little = true;
        at += 2;
      }
    }
    StringBuilder text = new StringBuilder(length / 2);
    while (at + 1 < end) {
      char c = unit(bytes, at, little);
      at += 2;
      if (Character.isHighSurrogate(c)) {
        if (at + 1 < end && Character.isLowSurrogate(unit(bytes, at, little))) {
          text.append(c).append(unit(bytes, at, little));
          at += 2;
        } else {
          text.append('\uFFFD');
        }
      } else if (Character.isLowSurrogate(c)) {
        text.append('\uFFFD');
      } else {
        text.append(c);
      }
    }
    if (at < end) text.append('\uFFFD');
    return text.toString();
  }

  private static char unit(byte[] bytes, int at, boolean little) {
    int first = bytes[at] & 0xFF;
    int second = bytes[at + 1] & 0xFF;
    return (char) (little ? (second << 8) | first : (first << 8) | second);
  }
}

public class IllegalCharsetNameException extends IllegalArgumentException {
  private final String charsetName;

  public IllegalCharsetNameException(String charsetName) {
    super(charsetName);
    this.charsetName = charsetName;
  }

  public String getCharsetName() {
    return charsetName;
  }
}

public class UnsupportedCharsetException extends IllegalArgumentException {
  private final String charsetName;

  public UnsupportedCharsetException(String charsetName) {
    super(charsetName);
    this.charsetName = charsetName;
  }

  public String getCharsetName() {
    return charsetName;
  }
}
