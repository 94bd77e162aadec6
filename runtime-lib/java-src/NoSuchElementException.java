// Kiln's runtime library: java.util.NoSuchElementException, in Java; translate.sh turns it into runtime-lib/java.util.collections.ir.
package java.util;

public class NoSuchElementException extends RuntimeException {
  public NoSuchElementException() {
    super();
  }

  public NoSuchElementException(String message) {
    super(message);
  }

  public NoSuchElementException(String message, Throwable cause) {
    super(message, cause);
  }

  public NoSuchElementException(Throwable cause) {
    super(cause);
  }
}
