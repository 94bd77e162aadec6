// Kiln's runtime library: java.util.regex.PatternSyntaxException, in Java; translate.sh turns it into IR.
package java.util.regex;

public class PatternSyntaxException extends IllegalArgumentException {
  private final String description;
  private final String pattern;
  private final int index;

  public PatternSyntaxException(String description, String pattern, int index) {
    super();
    this.description = description;
    this.pattern = pattern;
    this.index = index;
  }

  public String getDescription() {
    return description;
  }

  public String getPattern() {
    return pattern;
  }

  public int getIndex() {
    return index;
  }

  // The JDK's layout: the description, where, the pattern, and a caret under the place.
  public String getMessage() {
    StringBuilder text = new StringBuilder(description);
    if (index >= 0) text.append(" near index ").append(index);
    text.append('\n').append(pattern);
    if (index >= 0 && index < pattern.length()) {
      text.append('\n');
      for (int i = 0; i < index; i++) text.append(' ');
      text.append('^');
    }
    return text.toString();
  }
}
