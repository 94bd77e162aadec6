// Kiln's runtime library: java.lang.Thread and java.lang.Record, in Java; translate.sh turns them into
// runtime-lib/java.util.collections.ir.
//
// A Kiln program has one thread. `start()` runs the new thread's body to its end before it returns, which is
// one of the schedules the JVM may choose: programs that start threads and join them print what they print
// on the JVM when each thread finishes before the next begins. `join` and `sleep` then have nothing to wait
// for. An exception that escapes a thread is reported as the JVM reports it, and the starting thread goes on.
package java.lang;

public class Thread implements Runnable {
  public static final int MIN_PRIORITY = 1;
  public static final int NORM_PRIORITY = 5;
  public static final int MAX_PRIORITY = 10;

  private static int unnamedThreads;
  private static long createdThreads = 1;
  private static Thread current;

  private final Runnable target;
  private String name;
  private final long id;
  private boolean started;
  private boolean daemon;
  private boolean interrupted;
  private int priority = NORM_PRIORITY;

  public Thread() {
    this(null, nextName());
  }

  public Thread(Runnable target) {
    this(target, nextName());
  }

  public Thread(String name) {
    this(null, name);
  }

  public Thread(Runnable target, String name) {
    if (name == null) throw new NullPointerException("'name' is null");
    this.target = target;
    this.name = name;
    this.id = createdThreads++;
  }

  private static String nextName() {
    return "Thread-" + unnamedThreads++;
  }

  public static Thread currentThread() {
    if (current == null) current = new Thread(null, "main");
    return current;
  }

  public void run() {
    if (target != null) target.run();
  }

  public void start() {
    if (started) throw new IllegalThreadStateException();
    started = true;
    Thread starter = currentThread();
    current = this;
    try {
      run();
    } catch (Throwable failure) {
      System.err.println("Exception in thread \"" + name + "\" " + failure);
    } finally {
      current = starter;
    }
  }

  public final void join() throws InterruptedException {}

  public final void join(long millis) throws InterruptedException {
    if (millis < 0) throw new IllegalArgumentException("timeout value is negative");
  }

  public static void sleep(long millis) throws InterruptedException {
    if (millis < 0) throw new IllegalArgumentException("timeout value is negative");
  }

  public static void sleep(long millis, int nanos) throws InterruptedException {
    if (millis < 0) throw new IllegalArgumentException("timeout value is negative");
    if (nanos < 0 || nanos > 999999) throw new IllegalArgumentException("nanosecond timeout value out of range");
  }

  public static void onSpinWait() {}

  public final boolean isAlive() {
    return false;
  }

  public final String getName() {
    return name;
  }

  public final void setName(String name) {
    if (name == null) throw new NullPointerException("name cannot be null");
    this.name = name;
  }

  public long getId() {
    return id;
  }

  public final boolean isDaemon() {
    return daemon;
  }

  public final void setDaemon(boolean on) {
    if (started) throw new IllegalThreadStateException();
    daemon = on;
  }

  public final int getPriority() {
    return priority;
  }

  public final void setPriority(int newPriority) {
    if (newPriority < MIN_PRIORITY || newPriority > MAX_PRIORITY) throw new IllegalArgumentException();
    priority = newPriority;
  }

  public void interrupt() {
    interrupted = true;
  }

  public boolean isInterrupted() {
    return interrupted;
  }

  public static boolean interrupted() {
    Thread thread = currentThread();
    boolean was = thread.interrupted;
    thread.interrupted = false;
    return was;
  }

  public String toString() {
    return "Thread[" + name + "," + priority + ",main]";
  }
}

public class IllegalThreadStateException extends IllegalArgumentException {
  public IllegalThreadStateException() {
    super();
  }

  public IllegalThreadStateException(String message) {
    super(message);
  }
}

// The superclass of records: their compiler writes their equals, hashCode and toString.
public abstract class Record {
  protected Record() {}

  public abstract boolean equals(Object other);

  public abstract int hashCode();

  public abstract String toString();
}

// The type of `null` results (`CompletableFuture<Void>`); it has no instances.
public final class Void {
  private Void() {}
}

// A variable of each thread: with one thread, one value, set on first use from initialValue.
public class ThreadLocal<T> {
  private T value;
  private boolean present;

  public ThreadLocal() {}

  protected T initialValue() {
    return null;
  }

  public static <S> ThreadLocal<S> withInitial(java.util.function.Supplier<? extends S> supplier) {
    if (supplier == null) throw new NullPointerException();
    return new SuppliedThreadLocal<S>(supplier);
  }

  public T get() {
    if (!present) {
      value = initialValue();
      present = true;
    }
    return value;
  }

  public void set(T value) {
    this.value = value;
    present = true;
  }

  public void remove() {
    value = null;
    present = false;
  }
}

class SuppliedThreadLocal<T> extends ThreadLocal<T> {
  private final java.util.function.Supplier<? extends T> supplier;

  SuppliedThreadLocal(java.util.function.Supplier<? extends T> supplier) {
    this.supplier = supplier;
  }

  protected T initialValue() {
    return supplier.get();
  }
}

// A ThreadLocal whose value a child thread starts from; with one thread, a ThreadLocal.
public class InheritableThreadLocal<T> extends ThreadLocal<T> {
  public InheritableThreadLocal() {}

  protected T childValue(T parentValue) {
    return parentValue;
  }
}
