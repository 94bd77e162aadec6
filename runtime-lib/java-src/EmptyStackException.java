// Kiln's runtime library: java.util.EmptyStackException, in Java; translate.sh turns it into runtime-lib/java.util.collections.ir.
package java.util;

public class EmptyStackException extends RuntimeException {
  public EmptyStackException() {
    super();
  }
}
