// Kiln's runtime library: java.util.StringTokenizer, in Java; translate.sh turns it into runtime-lib/java.util.collections.ir.
package java.util;

// Splits a string into the runs of characters between delimiter characters (and, when asked, the delimiters
// themselves, one character each). The position of the next token is found ahead by hasMoreTokens and kept
// until the delimiters change.
public class StringTokenizer implements Enumeration<Object> {
  private final String text;
  private String delimiters;
  private final boolean returnDelimiters;
  private int position;
  // Where hasMoreTokens found the next token to start, or -1 when it has to be found again.
  private int lookahead = -1;

  public StringTokenizer(String text, String delimiters, boolean returnDelimiters) {
    if (text == null) throw new NullPointerException();
    this.text = text;
    this.delimiters = delimiters;
    this.returnDelimiters = returnDelimiters;
  }

  public StringTokenizer(String text, String delimiters) {
    this(text, delimiters, false);
  }

  public StringTokenizer(String text) {
    this(text, " \t\n\r\f", false);
  }

  private boolean isDelimiter(char c) {
    return delimiters.indexOf(c) >= 0;
  }

  // The start of the next token from `from`: past the delimiters, unless they are tokens themselves.
  private int tokenStart(int from) {
    if (delimiters == null) throw new NullPointerException();
    int at = from;
    if (returnDelimiters) return at;
    while (at < text.length() && isDelimiter(text.charAt(at))) at++;
    return at;
  }

  // The end of the token that starts at `start` (a delimiter returned as a token is one character long).
  private int tokenEnd(int start) {
    if (returnDelimiters && start < text.length() && isDelimiter(text.charAt(start))) return start + 1;
    int at = start;
    while (at < text.length() && !isDelimiter(text.charAt(at))) at++;
    return at;
  }

  public boolean hasMoreTokens() {
    lookahead = tokenStart(position);
    return lookahead < text.length();
  }

  public String nextToken() {
    int start = lookahead >= 0 ? lookahead : tokenStart(position);
    lookahead = -1;
    if (start >= text.length()) {
      position = start;
      throw new NoSuchElementException();
    }
    int end = tokenEnd(start);
    position = end;
    return text.substring(start, end);
  }

  public String nextToken(String delimiters) {
    this.delimiters = delimiters;
    lookahead = -1;
    return nextToken();
  }

  public boolean hasMoreElements() {
    return hasMoreTokens();
  }

  public Object nextElement() {
    return nextToken();
  }

  public int countTokens() {
    int count = 0;
    int at = position;
    while (true) {
      at = tokenStart(at);
      if (at >= text.length()) return count;
      at = tokenEnd(at);
      count++;
    }
  }
}
