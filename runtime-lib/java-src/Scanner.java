// Kiln's runtime library: java.util.Scanner and InputMismatchException, in Java; translate.sh turns them into runtime-lib/java.util.collections.ir.
// Tokens are separated by whitespace (the JDK's default delimiter, or one set with useDelimiter); the whole
// input is read at the first request, which suits text and standard input read to their end. Numbers are
// read as Integer.parseInt and the like do, without the locale's group separators.
package java.util;

import java.io.InputStream;
import java.io.Reader;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

public class InputMismatchException extends NoSuchElementException {
  public InputMismatchException() {
    super();
  }

  public InputMismatchException(String message) {
    super(message);
  }
}

public final class Scanner implements Iterator<String>, java.io.Closeable {
  private String text;
  private InputStream stream;
  private Reader reader;
  private int position;
  private boolean closed;
  private Pattern delimiter;

  public Scanner(String source) {
    this.text = source;
  }

  public Scanner(InputStream source) {
    if (source == null) throw new NullPointerException();
    this.stream = source;
  }

  public Scanner(InputStream source, String charsetName) {
    this(source);
  }

  public Scanner(Reader source) {
    if (source == null) throw new NullPointerException();
    this.reader = source;
  }

  private String input() {
    if (closed) throw new IllegalStateException("Scanner closed");
    if (text == null) {
      if (stream != null) {
        text = new String(stream.readAllBytes());
      } else {
        StringBuilder all = new StringBuilder();
        char[] chunk = new char[8192];
        int n;
        while ((n = reader.read(chunk, 0, chunk.length)) >= 0) all.append(chunk, 0, n);
        text = all.toString();
      }
    }
    return text;
  }

  public Scanner useDelimiter(String pattern) {
    delimiter = Pattern.compile(pattern);
    return this;
  }

  public Scanner useDelimiter(Pattern pattern) {
    delimiter = pattern;
    return this;
  }

  public Pattern delimiter() {
    return delimiter == null ? Pattern.compile("\\p{javaWhitespace}+") : delimiter;
  }

  // The start and end of the next token, or null when none is left.
  private int[] nextTokenBounds() {
    String all = input();
    int length = all.length();
    if (delimiter == null) {
      int start = position;
      while (start < length && Character.isWhitespace(all.charAt(start))) start++;
      if (start >= length) return null;
      int end = start;
      while (end < length && !Character.isWhitespace(all.charAt(end))) end++;
      return new int[] {start, end};
    }
    int start = position;
    Matcher matcher = delimiter.matcher(all);
    if (matcher.find(start) && matcher.start() == start) start = matcher.end();
    if (start >= length) return null;
    int end = length;
    int from = start;
    while (from <= length && matcher.find(from)) {
      if (matcher.end() > matcher.start()) {
        end = matcher.start();
        break;
      }
      from = matcher.end() + 1;
    }
    return new int[] {start, end};
  }

  public boolean hasNext() {
    return nextTokenBounds() != null;
  }

  public String next() {
    int[] bounds = nextTokenBounds();
    if (bounds == null) throw new NoSuchElementException();
    position = bounds[1];
    return text.substring(bounds[0], bounds[1]);
  }

  private String peekToken() {
    int[] bounds = nextTokenBounds();
    return bounds == null ? null : text.substring(bounds[0], bounds[1]);
  }

  // The token read as a number of a kind: 0 int, 1 long, 2 double, 3 int in a radix; NumberFormatException
  // when it is not one.
  private static Object parse(String token, int kind, int radix) {
    if (kind == 0) return Integer.valueOf(Integer.parseInt(token));
    if (kind == 1) return Long.valueOf(Long.parseLong(token));
    if (kind == 2) return Double.valueOf(Double.parseDouble(token));
    return Integer.valueOf(Integer.parseInt(token, radix));
  }

  // Whether a token is a sign and digits (of radix 10), which an integral kind rejects only for its range.
  private static boolean looksIntegral(String token, int kind) {
    if (kind == 2) return false;
    int start = token.startsWith("-") || token.startsWith("+") ? 1 : 0;
    if (start == token.length()) return false;
    for (int i = start; i < token.length(); i++) {
      if (Character.digit(token.charAt(i), 10) < 0) return false;
    }
    return true;
  }

  private boolean hasNextNumber(int kind) {
    String token = peekToken();
    if (token == null) return false;
    try {
      parse(token, kind, 10);
      return true;
    } catch (NumberFormatException e) {
      return false;
    }
  }

  // Consumes the token only when it is a number of the kind, as the JDK's does.
  private Object nextNumber(int kind, int radix) {
    String token = peekToken();
    if (token == null) throw new NoSuchElementException();
    try {
      Object value = parse(token, kind, radix);
      next();
      return value;
    } catch (NumberFormatException e) {
      // As the JDK: a token of digits out of the kind's range says why; any other token, nothing.
      throw looksIntegral(token, kind) ? new InputMismatchException(e.getMessage()) : new InputMismatchException();
    }
  }

  public boolean hasNextInt() {
    return hasNextNumber(0);
  }

  public boolean hasNextLong() {
    return hasNextNumber(1);
  }

  public boolean hasNextDouble() {
    return hasNextNumber(2);
  }

  public boolean hasNextBoolean() {
    String token = peekToken();
    return token != null && (token.equalsIgnoreCase("true") || token.equalsIgnoreCase("false"));
  }

  public int nextInt() {
    return ((Integer) nextNumber(0, 10)).intValue();
  }

  public int nextInt(int radix) {
    return ((Integer) nextNumber(3, radix)).intValue();
  }

  public long nextLong() {
    return ((Long) nextNumber(1, 10)).longValue();
  }

  public double nextDouble() {
    return ((Double) nextNumber(2, 10)).doubleValue();
  }

  public float nextFloat() {
    return (float) nextDouble();
  }

  public short nextShort() {
    return (short) nextInt();
  }

  public byte nextByte() {
    return (byte) nextInt();
  }

  public boolean nextBoolean() {
    String token = peekToken();
    if (token == null) throw new NoSuchElementException();
    if (token.equalsIgnoreCase("true") || token.equalsIgnoreCase("false")) {
      next();
      return token.equalsIgnoreCase("true");
    }
    throw new InputMismatchException();
  }

  public boolean hasNextLine() {
    return position < input().length();
  }

  // The rest of the current line without its terminator ("\n", "\r\n" or "\r"), which is passed over.
  public String nextLine() {
    String all = input();
    int length = all.length();
    if (position >= length) throw new NoSuchElementException("No line found");
    int end = position;
    while (end < length && all.charAt(end) != '\n' && all.charAt(end) != '\r') end++;
    String line = all.substring(position, end);
    if (end < length) {
      if (all.charAt(end) == '\r' && end + 1 < length && all.charAt(end + 1) == '\n') end++;
      end++;
    }
    position = end;
    return line;
  }

  public void remove() {
    throw new UnsupportedOperationException();
  }

  public void close() {
    closed = true;
  }
}
