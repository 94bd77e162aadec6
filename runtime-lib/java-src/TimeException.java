// Kiln's runtime library: java.time.DateTimeException, which java.time.temporal's exceptions extend; translate.sh turns it into IR.
package java.time;

public class DateTimeException extends RuntimeException {
  public DateTimeException(String message) {
    super(message);
  }

  public DateTimeException(String message, Throwable cause) {
    super(message, cause);
  }
}
