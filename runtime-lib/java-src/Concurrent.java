// Kiln's runtime library: the parts of java.util.concurrent a program with one thread can use, in Java;
// translate.sh turns them into runtime-lib/java.util.collections.ir.
//
// A Kiln program has one thread (see Threads.java): an executor runs each task when it is submitted, on a
// thread named as the JDK names a pool's threads, so a task's Future is done when `submit` returns; a latch,
// a barrier or a blocking queue never has to wait for another thread, and one that would wait forever
// (taking from an empty queue) throws IllegalStateException rather than hang. The concurrent collections
// are the plain ones with the JDK's null checks and, for ConcurrentHashMap, the JDK's table sizes and order.
package java.util.concurrent;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.MapBackedSet;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

public interface Callable<V> {
  V call() throws Exception;
}

public interface Executor {
  void execute(Runnable command);
}

public interface Future<V> {
  boolean cancel(boolean mayInterruptIfRunning);

  boolean isCancelled();

  boolean isDone();

  V get() throws InterruptedException, ExecutionException;

  V get(long timeout, TimeUnit unit) throws InterruptedException, ExecutionException, TimeoutException;
}

public class ExecutionException extends Exception {
  public ExecutionException(Throwable cause) {
    super(cause);
  }

  public ExecutionException(String message, Throwable cause) {
    super(message, cause);
  }
}

public class CompletionException extends RuntimeException {
  public CompletionException(Throwable cause) {
    super(cause);
  }

  public CompletionException(String message, Throwable cause) {
    super(message, cause);
  }
}

public class CancellationException extends IllegalStateException {
  public CancellationException() {
    super();
  }

  public CancellationException(String message) {
    super(message);
  }
}

public class TimeoutException extends Exception {
  public TimeoutException() {
    super();
  }

  public TimeoutException(String message) {
    super(message);
  }
}

public class RejectedExecutionException extends RuntimeException {
  public RejectedExecutionException() {
    super();
  }

  public RejectedExecutionException(String message) {
    super(message);
  }
}

public class BrokenBarrierException extends Exception {
  public BrokenBarrierException() {
    super();
  }
}

public enum TimeUnit {
  NANOSECONDS, MICROSECONDS, MILLISECONDS, SECONDS, MINUTES, HOURS, DAYS;

  // How many nanoseconds one unit is.
  long scale() {
    switch (this) {
      case NANOSECONDS: return 1L;
      case MICROSECONDS: return 1000L;
      case MILLISECONDS: return 1000000L;
      case SECONDS: return 1000000000L;
      case MINUTES: return 60000000000L;
      case HOURS: return 3600000000000L;
      default: return 86400000000000L;
    }
  }

  // A duration in this unit, in another: truncated towards zero, saturated at the ends of long.
  long to(long duration, TimeUnit unit) {
    long from = scale();
    long into = unit.scale();
    if (from == into) return duration;
    if (from < into) return duration / (into / from);
    long factor = from / into;
    long limit = Long.MAX_VALUE / factor;
    if (duration > limit) return Long.MAX_VALUE;
    if (duration < -limit) return Long.MIN_VALUE;
    return duration * factor;
  }

  public long convert(long sourceDuration, TimeUnit sourceUnit) {
    return sourceUnit.to(sourceDuration, this);
  }

  public long toNanos(long duration) {
    return to(duration, NANOSECONDS);
  }

  public long toMicros(long duration) {
    return to(duration, MICROSECONDS);
  }

  public long toMillis(long duration) {
    return to(duration, MILLISECONDS);
  }

  public long toSeconds(long duration) {
    return to(duration, SECONDS);
  }

  public long toMinutes(long duration) {
    return to(duration, MINUTES);
  }

  public long toHours(long duration) {
    return to(duration, HOURS);
  }

  public long toDays(long duration) {
    return to(duration, DAYS);
  }

  public void sleep(long timeout) throws InterruptedException {
    Thread.sleep(toMillis(timeout));
  }
}

public interface ExecutorService extends Executor, AutoCloseable {
  void shutdown();

  List<Runnable> shutdownNow();

  boolean isShutdown();

  boolean isTerminated();

  boolean awaitTermination(long timeout, TimeUnit unit) throws InterruptedException;

  <T> Future<T> submit(Callable<T> task);

  Future<?> submit(Runnable task);

  <T> Future<T> submit(Runnable task, T result);

  <T> List<Future<T>> invokeAll(Collection<Callable<T>> tasks) throws InterruptedException;

  <T> T invokeAny(Collection<Callable<T>> tasks) throws InterruptedException, ExecutionException;

  void close();
}

public interface ScheduledExecutorService extends ExecutorService {
}

// A task and its result: run once, then done with its value or its exception.
public class FutureTask<V> implements Future<V>, Runnable {
  private final Callable<V> callable;
  private V value;
  private Throwable failure;
  private boolean done;
  private boolean cancelled;

  public FutureTask(Callable<V> callable) {
    if (callable == null) throw new NullPointerException();
    this.callable = callable;
  }

  public FutureTask(Runnable runnable, V result) {
    if (runnable == null) throw new NullPointerException();
    this.callable = Executors.callable(runnable, result);
  }

  public void run() {
    if (done) return;
    try {
      value = callable.call();
    } catch (Throwable thrown) {
      failure = thrown;
    }
    done = true;
  }

  public boolean cancel(boolean mayInterruptIfRunning) {
    if (done) return false;
    cancelled = true;
    done = true;
    return true;
  }

  public boolean isCancelled() {
    return cancelled;
  }

  public boolean isDone() {
    return done;
  }

  public V get() throws InterruptedException, ExecutionException {
    if (cancelled) throw new CancellationException();
    if (!done) throw new IllegalStateException("the task never ran: Kiln has one thread, so get() would wait forever");
    if (failure != null) throw new ExecutionException(failure);
    return value;
  }

  public V get(long timeout, TimeUnit unit) throws InterruptedException, ExecutionException, TimeoutException {
    if (!done && !cancelled) throw new TimeoutException();
    return get();
  }

  public String toString() {
    String state;
    if (cancelled) state = "[Cancelled]";
    else if (!done) state = "[Not completed]";
    else if (failure != null) state = "[Completed exceptionally: " + failure + "]";
    else state = "[Completed normally]";
    return getClass().getName() + "@" + Integer.toHexString(hashCode()) + state;
  }
}

// The executors of Executors: each task runs when it is submitted, on the pool's next thread (named
// pool-N-thread-M as the JDK names them; with more than one thread, which one runs a task is the JDK's
// choice, and Kiln takes them in turn).
public class ThreadPoolExecutor implements ScheduledExecutorService {
  private static int pools;
  private final int poolNumber;
  private final int threadCount;
  private int threadsStarted;
  private int nextThread;
  private Thread[] threads;
  private boolean shutdown;

  ThreadPoolExecutor(int threadCount) {
    this.poolNumber = ++pools;
    this.threadCount = threadCount;
    this.threads = new Thread[threadCount];
  }

  public void execute(Runnable command) {
    if (command == null) throw new NullPointerException();
    if (shutdown) {
      throw new RejectedExecutionException("Task " + command + " rejected from " + this);
    }
    int index = nextThread;
    nextThread = (nextThread + 1) % threadCount;
    if (threads[index] == null) threadsStarted++;
    String name = "pool-" + poolNumber + "-thread-" + (index + 1);
    Thread worker = new Thread(command, name);
    threads[index] = worker;
    worker.start();
  }

  public <T> Future<T> submit(Callable<T> task) {
    if (task == null) throw new NullPointerException();
    FutureTask<T> future = new FutureTask<T>(task);
    execute(future);
    return future;
  }

  public Future<?> submit(Runnable task) {
    if (task == null) throw new NullPointerException();
    FutureTask<Object> future = new FutureTask<Object>(task, null);
    execute(future);
    return future;
  }

  public <T> Future<T> submit(Runnable task, T result) {
    if (task == null) throw new NullPointerException();
    FutureTask<T> future = new FutureTask<T>(task, result);
    execute(future);
    return future;
  }

  public <T> List<Future<T>> invokeAll(Collection<Callable<T>> tasks) throws InterruptedException {
    List<Future<T>> futures = new ArrayList<Future<T>>();
    for (Callable<T> task : tasks) futures.add(submit(task));
    return futures;
  }

  public <T> T invokeAny(Collection<Callable<T>> tasks) throws InterruptedException, ExecutionException {
    ExecutionException last = null;
    for (Callable<T> task : tasks) {
      Future<T> future = submit(task);
      try {
        return future.get();
      } catch (ExecutionException failed) {
        last = failed;
      }
    }
    if (last != null) throw last;
    throw new IllegalArgumentException();
  }

  public void shutdown() {
    shutdown = true;
  }

  public List<Runnable> shutdownNow() {
    shutdown = true;
    return new ArrayList<Runnable>();
  }

  public boolean isShutdown() {
    return shutdown;
  }

  public boolean isTerminated() {
    return shutdown;
  }

  public boolean awaitTermination(long timeout, TimeUnit unit) throws InterruptedException {
    return shutdown;
  }

  public void close() {
    shutdown = true;
  }

  public String toString() {
    String state = shutdown ? "Terminated" : "Running";
    return "java.util.concurrent.ThreadPoolExecutor@" + Integer.toHexString(hashCode()) + "[" + state
        + ", pool size = " + (shutdown ? 0 : threadsStarted) + ", active threads = 0, queued tasks = 0, completed tasks = 0]";
  }
}

public class Executors {
  public static ExecutorService newFixedThreadPool(int threads) {
    if (threads <= 0) throw new IllegalArgumentException();
    return new ThreadPoolExecutor(threads);
  }

  public static ExecutorService newCachedThreadPool() {
    return new ThreadPoolExecutor(1);
  }

  public static ExecutorService newSingleThreadExecutor() {
    return new ThreadPoolExecutor(1);
  }

  public static ExecutorService newWorkStealingPool() {
    return new ThreadPoolExecutor(1);
  }

  public static ExecutorService newWorkStealingPool(int parallelism) {
    return new ThreadPoolExecutor(1);
  }

  public static ScheduledExecutorService newSingleThreadScheduledExecutor() {
    return new ThreadPoolExecutor(1);
  }

  public static ScheduledExecutorService newScheduledThreadPool(int threads) {
    return new ThreadPoolExecutor(threads <= 0 ? 1 : threads);
  }

  public static <T> Callable<T> callable(Runnable task, T result) {
    if (task == null) throw new NullPointerException();
    return () -> {
      task.run();
      return result;
    };
  }

  public static Callable<Object> callable(Runnable task) {
    return callable(task, null);
  }
}

// A future completed by whoever computes it; the async forms compute at once (one thread), so a chain of
// stages runs as it is built.
public class CompletableFuture<T> implements Future<T> {
  private T value;
  private Throwable failure;
  private boolean done;

  public CompletableFuture() {}

  public static <U> CompletableFuture<U> completedFuture(U value) {
    CompletableFuture<U> future = new CompletableFuture<U>();
    future.complete(value);
    return future;
  }

  public static <U> CompletableFuture<U> failedFuture(Throwable failure) {
    CompletableFuture<U> future = new CompletableFuture<U>();
    future.completeExceptionally(failure);
    return future;
  }

  public static <U> CompletableFuture<U> supplyAsync(Supplier<U> supplier) {
    CompletableFuture<U> future = new CompletableFuture<U>();
    try {
      future.complete(supplier.get());
    } catch (Throwable thrown) {
      future.completeExceptionally(wrap(thrown));
    }
    return future;
  }

  public static <U> CompletableFuture<U> supplyAsync(Supplier<U> supplier, Executor executor) {
    return supplyAsync(supplier);
  }

  public static CompletableFuture<Void> runAsync(Runnable action) {
    CompletableFuture<Void> future = new CompletableFuture<Void>();
    try {
      action.run();
      future.complete(null);
    } catch (Throwable thrown) {
      future.completeExceptionally(wrap(thrown));
    }
    return future;
  }

  public static CompletableFuture<Void> runAsync(Runnable action, Executor executor) {
    return runAsync(action);
  }

  public static CompletableFuture<Void> allOf(CompletableFuture<?>... futures) {
    CompletableFuture<Void> all = new CompletableFuture<Void>();
    for (CompletableFuture<?> future : futures) {
      if (future.failure != null) {
        all.completeExceptionally(wrap(future.failure));
        return all;
      }
    }
    all.complete(null);
    return all;
  }

  public static CompletableFuture<Object> anyOf(CompletableFuture<?>... futures) {
    CompletableFuture<Object> any = new CompletableFuture<Object>();
    for (CompletableFuture<?> future : futures) {
      if (future.done) {
        if (future.failure != null) any.completeExceptionally(wrap(future.failure));
        else any.complete(future.value);
        return any;
      }
    }
    return any;
  }

  // The JDK's rule: a failure seen by a dependent stage is a CompletionException around the cause.
  static Throwable wrap(Throwable failure) {
    return failure instanceof CompletionException ? failure : new CompletionException(failure);
  }

  static Throwable unwrap(Throwable failure) {
    return failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
  }

  public boolean complete(T result) {
    if (done) return false;
    value = result;
    done = true;
    return true;
  }

  public boolean completeExceptionally(Throwable failure) {
    if (failure == null) throw new NullPointerException();
    if (done) return false;
    this.failure = failure;
    done = true;
    return true;
  }

  public boolean cancel(boolean mayInterruptIfRunning) {
    return completeExceptionally(new CancellationException());
  }

  public boolean isCancelled() {
    return failure instanceof CancellationException;
  }

  public boolean isDone() {
    return done;
  }

  public boolean isCompletedExceptionally() {
    return failure != null;
  }

  public T get() throws InterruptedException, ExecutionException {
    if (!done) throw new IllegalStateException("the future is not complete: Kiln has one thread, so get() would wait forever");
    if (failure instanceof CancellationException) throw (CancellationException) failure;
    if (failure != null) throw new ExecutionException(unwrap(failure));
    return value;
  }

  public T get(long timeout, TimeUnit unit) throws InterruptedException, ExecutionException, TimeoutException {
    if (!done) throw new TimeoutException();
    return get();
  }

  public T join() {
    if (!done) throw new IllegalStateException("the future is not complete: Kiln has one thread, so join() would wait forever");
    if (failure instanceof CancellationException) throw (CancellationException) failure;
    if (failure != null) throw (CompletionException) wrap(failure);
    return value;
  }

  public T getNow(T valueIfAbsent) {
    if (!done) return valueIfAbsent;
    return join();
  }

  public <U> CompletableFuture<U> thenApply(Function<T, U> function) {
    CompletableFuture<U> next = new CompletableFuture<U>();
    if (failure != null) {
      next.completeExceptionally(wrap(failure));
    } else {
      try {
        next.complete(function.apply(value));
      } catch (Throwable thrown) {
        next.completeExceptionally(wrap(thrown));
      }
    }
    return next;
  }

  public <U> CompletableFuture<U> thenApplyAsync(Function<T, U> function) {
    return thenApply(function);
  }

  public CompletableFuture<Void> thenAccept(Consumer<T> action) {
    return thenApply(result -> {
      action.accept(result);
      return (Void) null;
    });
  }

  public CompletableFuture<Void> thenRun(Runnable action) {
    return thenApply(result -> {
      action.run();
      return (Void) null;
    });
  }

  public <U, V> CompletableFuture<V> thenCombine(CompletableFuture<U> other, BiFunction<T, U, V> function) {
    CompletableFuture<V> next = new CompletableFuture<V>();
    if (failure != null) {
      next.completeExceptionally(wrap(failure));
    } else if (other.failure != null) {
      next.completeExceptionally(wrap(other.failure));
    } else {
      try {
        next.complete(function.apply(value, other.value));
      } catch (Throwable thrown) {
        next.completeExceptionally(wrap(thrown));
      }
    }
    return next;
  }

  public <U> CompletableFuture<U> thenCompose(Function<T, CompletableFuture<U>> function) {
    CompletableFuture<U> next = new CompletableFuture<U>();
    if (failure != null) {
      next.completeExceptionally(wrap(failure));
      return next;
    }
    try {
      CompletableFuture<U> inner = function.apply(value);
      if (inner.failure != null) next.completeExceptionally(wrap(inner.failure));
      else next.complete(inner.value);
    } catch (Throwable thrown) {
      next.completeExceptionally(wrap(thrown));
    }
    return next;
  }

  public CompletableFuture<T> exceptionally(Function<Throwable, T> function) {
    CompletableFuture<T> next = new CompletableFuture<T>();
    if (failure == null) {
      next.complete(value);
    } else {
      try {
        next.complete(function.apply(failure));
      } catch (Throwable thrown) {
        next.completeExceptionally(wrap(thrown));
      }
    }
    return next;
  }

  public <U> CompletableFuture<U> handle(BiFunction<T, Throwable, U> function) {
    CompletableFuture<U> next = new CompletableFuture<U>();
    try {
      next.complete(function.apply(failure == null ? value : null, failure));
    } catch (Throwable thrown) {
      next.completeExceptionally(wrap(thrown));
    }
    return next;
  }

  public CompletableFuture<T> whenComplete(BiConsumer<T, Throwable> action) {
    CompletableFuture<T> next = new CompletableFuture<T>();
    try {
      action.accept(failure == null ? value : null, failure);
    } catch (Throwable thrown) {
      if (failure == null) {
        next.completeExceptionally(wrap(thrown));
        return next;
      }
    }
    if (failure != null) next.completeExceptionally(wrap(failure));
    else next.complete(value);
    return next;
  }

  public String toString() {
    String state;
    if (!done) state = "[Incomplete]";
    else if (failure != null) state = "[Completed exceptionally: " + failure + "]";
    else state = "[Completed normally]";
    return "java.util.concurrent.CompletableFuture@" + Integer.toHexString(hashCode()) + state;
  }
}

public class CountDownLatch {
  private long count;

  public CountDownLatch(int count) {
    if (count < 0) throw new IllegalArgumentException("count < 0");
    this.count = count;
  }

  public void countDown() {
    if (count > 0) count--;
  }

  public long getCount() {
    return count;
  }

  public void await() throws InterruptedException {}

  public boolean await(long timeout, TimeUnit unit) throws InterruptedException {
    return count == 0;
  }

  public String toString() {
    return super.toString() + "[Count = " + count + "]";
  }
}

// With one thread, the parties arrive one after another: the last to arrive runs the barrier action and
// starts the next generation.
public class CyclicBarrier {
  private final int parties;
  private final Runnable action;
  private int waiting;

  public CyclicBarrier(int parties, Runnable action) {
    if (parties <= 0) throw new IllegalArgumentException();
    this.parties = parties;
    this.action = action;
  }

  public CyclicBarrier(int parties) {
    this(parties, null);
  }

  public int await() throws InterruptedException, BrokenBarrierException {
    int index = parties - 1 - waiting;
    waiting++;
    if (waiting == parties) {
      waiting = 0;
      if (action != null) action.run();
    }
    return index;
  }

  public int getParties() {
    return parties;
  }

  public int getNumberWaiting() {
    return waiting;
  }

  public void reset() {
    waiting = 0;
  }

  public boolean isBroken() {
    return false;
  }
}

public class Semaphore {
  private int permits;

  public Semaphore(int permits) {
    this.permits = permits;
  }

  public Semaphore(int permits, boolean fair) {
    this.permits = permits;
  }

  public void acquire() throws InterruptedException {
    acquire(1);
  }

  public void acquire(int count) throws InterruptedException {
    if (count < 0) throw new IllegalArgumentException();
    permits -= count;
  }

  public void acquireUninterruptibly() {
    permits--;
  }

  public boolean tryAcquire() {
    return tryAcquire(1);
  }

  public boolean tryAcquire(int count) {
    if (count < 0) throw new IllegalArgumentException();
    if (permits < count) return false;
    permits -= count;
    return true;
  }

  public boolean tryAcquire(long timeout, TimeUnit unit) throws InterruptedException {
    return tryAcquire(1);
  }

  public void release() {
    release(1);
  }

  public void release(int count) {
    if (count < 0) throw new IllegalArgumentException();
    permits += count;
  }

  public int availablePermits() {
    return permits;
  }

  public String toString() {
    return super.toString() + "[Permits = " + permits + "]";
  }
}

public interface ConcurrentMap<K, V> extends Map<K, V> {
}

// A HashMap that refuses null keys and values, with the JDK's ConcurrentHashMap sizes: a table of
// tableSizeFor(1.5 n + 1) for a capacity n, growth as soon as the count reaches three quarters of the table,
// and the order a resize leaves in a chain (HashMap's `concurrent` mode). Chains never become trees here.
public class ConcurrentHashMap<K, V> extends HashMap<K, V> implements ConcurrentMap<K, V> {
  public ConcurrentHashMap() {
    super();
    concurrent = true;
  }

  public ConcurrentHashMap(int capacity) {
    super();
    if (capacity < 0) throw new IllegalArgumentException();
    concurrent = true;
    threshold = capacity >= 536870912 ? 1073741824 : tableSizeFor(capacity + (capacity >>> 1) + 1);
  }

  public ConcurrentHashMap(int capacity, float loadFactor) {
    this(capacity, loadFactor, 1);
  }

  public ConcurrentHashMap(int capacity, float loadFactor, int concurrencyLevel) {
    super();
    if (!(loadFactor > 0.0f) || capacity < 0 || concurrencyLevel <= 0) throw new IllegalArgumentException();
    concurrent = true;
    if (capacity < concurrencyLevel) capacity = concurrencyLevel;
    long size = (long) (1.0 + (long) capacity / loadFactor);
    threshold = size >= 1073741824L ? 1073741824 : tableSizeFor((int) size);
  }

  public ConcurrentHashMap(Map<K, V> other) {
    super();
    concurrent = true;
    threshold = 16;
    putAll(other);
  }

  public static <K> Set<K> newKeySet() {
    return new KeySetView<K>(new ConcurrentHashMap<K, Object>());
  }

  // A set of keys kept in a ConcurrentHashMap (so null is refused, and the order is the map's).
  public static class KeySetView<K> extends MapBackedSet<K> {
    KeySetView(ConcurrentHashMap<K, Object> map) {
      super(map);
    }
  }

  public long mappingCount() {
    return size();
  }

  public V get(Object key) {
    if (key == null) throw new NullPointerException();
    return super.get(key);
  }

  public boolean containsKey(Object key) {
    if (key == null) throw new NullPointerException();
    return super.containsKey(key);
  }

  public boolean containsValue(Object value) {
    if (value == null) throw new NullPointerException();
    return super.containsValue(value);
  }

  public boolean contains(Object value) {
    return containsValue(value);
  }

  public V getOrDefault(Object key, V defaultValue) {
    V value = get(key);
    return value == null ? defaultValue : value;
  }

  public V put(K key, V value) {
    if (key == null || value == null) throw new NullPointerException();
    return putValue(key, value, false);
  }

  public V putIfAbsent(K key, V value) {
    if (key == null || value == null) throw new NullPointerException();
    return putValue(key, value, true);
  }

  public V remove(Object key) {
    if (key == null) throw new NullPointerException();
    return super.remove(key);
  }

  // The JDK's ConcurrentHashMap grows its table for the other map before copying (to hold 1.5 times its
  // size), then puts each entry.
  public void putAll(Map<K, V> other) {
    int wanted = tableSizeFor(other.size() + (other.size() >>> 1) + 1);
    if (table == null) {
      if (wanted > threshold) threshold = wanted;
    } else {
      while (wanted > threshold && table.length < 1073741824) resize();
    }
    for (Map.Entry<K, V> entry : other.entrySet()) put(entry.getKey(), entry.getValue());
  }

  // A new key goes at the end of its chain, as put does (HashMap's compute methods put it first).
  public V computeIfAbsent(K key, Function<K, V> mapping) {
    if (key == null || mapping == null) throw new NullPointerException();
    V value = get(key);
    if (value == null) {
      value = mapping.apply(key);
      if (value != null) putValue(key, value, false);
    }
    return value;
  }

  public V computeIfPresent(K key, BiFunction<K, V, V> remapping) {
    if (key == null || remapping == null) throw new NullPointerException();
    V old = get(key);
    if (old == null) return null;
    V value = remapping.apply(key, old);
    if (value == null) super.remove(key);
    else putValue(key, value, false);
    return value;
  }

  public V compute(K key, BiFunction<K, V, V> remapping) {
    if (key == null || remapping == null) throw new NullPointerException();
    V old = get(key);
    V value = remapping.apply(key, old);
    if (value == null) {
      if (old != null) super.remove(key);
    } else {
      putValue(key, value, false);
    }
    return value;
  }

  public V merge(K key, V value, BiFunction<V, V, V> remapping) {
    if (key == null || value == null || remapping == null) throw new NullPointerException();
    V old = get(key);
    V updated = old == null ? value : remapping.apply(old, value);
    if (updated == null) super.remove(key);
    else putValue(key, updated, false);
    return updated;
  }

  public Object clone() {
    throw new UnsupportedOperationException();
  }
}

public class CopyOnWriteArrayList<E> extends ArrayList<E> {
  public CopyOnWriteArrayList() {
    super();
  }

  public CopyOnWriteArrayList(Collection<E> values) {
    super(values);
  }

  // An iterator sees the list as it was when it began, and cannot change it.
  public Iterator<E> iterator() {
    return new SnapshotIterator<E>(toArray());
  }

  // The JDK's list reads and writes its array directly, so a bad index is the array's exception;
  // insertion checks first, with the older "Index: i, Size: n" wording.
  static ArrayIndexOutOfBoundsException badIndex(int index, int size) {
    return new ArrayIndexOutOfBoundsException("Index " + index + " out of bounds for length " + size);
  }

  public E get(int index) {
    if (index < 0 || index >= size()) throw badIndex(index, size());
    return super.get(index);
  }

  public E set(int index, E value) {
    if (index < 0 || index >= size()) throw badIndex(index, size());
    return super.set(index, value);
  }

  public E remove(int index) {
    if (index < 0 || index >= size()) throw badIndex(index, size());
    return super.remove(index);
  }

  public void add(int index, E value) {
    if (index < 0 || index > size()) throw new IndexOutOfBoundsException("Index: " + index + ", Size: " + size());
    super.add(index, value);
  }


  // A range out of bounds is an IndexOutOfBoundsException without a message.
  public List<E> subList(int from, int to) {
    if (from < 0 || to > size() || from > to) throw new IndexOutOfBoundsException();
    return new java.util.SubList<E>(this, null, from, to - from);
  }

  public boolean addIfAbsent(E value) {
    if (contains(value)) return false;
    add(value);
    return true;
  }

  public void forEach(Consumer<E> action) {
    if (action == null) throw new NullPointerException();
    for (Object value : toArray()) action.accept((E) value);
  }

  static final class SnapshotIterator<E> implements Iterator<E> {
    final Object[] values;
    int next;

    SnapshotIterator(Object[] values) {
      this.values = values;
    }

    public boolean hasNext() {
      return next < values.length;
    }

    public E next() {
      if (next >= values.length) throw new java.util.NoSuchElementException();
      return (E) values[next++];
    }

    public void remove() {
      throw new UnsupportedOperationException();
    }
  }
}

public class CopyOnWriteArraySet<E> extends java.util.LinkedHashSet<E> {
  public CopyOnWriteArraySet() {
    super();
  }

  public CopyOnWriteArraySet(Collection<E> values) {
    super();
    addAll(values);
  }
}

public class ConcurrentLinkedQueue<E> extends LinkedList<E> {
  public ConcurrentLinkedQueue() {
    super();
  }

  public ConcurrentLinkedQueue(Collection<E> values) {
    super();
    addAll(values);
  }

  public boolean offer(E value) {
    if (value == null) throw new NullPointerException();
    return super.offer(value);
  }

  public boolean add(E value) {
    if (value == null) throw new NullPointerException();
    return super.add(value);
  }
}

public class ConcurrentLinkedDeque<E> extends ArrayDeque<E> {
  public ConcurrentLinkedDeque() {
    super();
  }

  public ConcurrentLinkedDeque(Collection<E> values) {
    super();
    addAll(values);
  }
}

public interface BlockingQueue<E> extends java.util.Queue<E> {
  void put(E value) throws InterruptedException;

  E take() throws InterruptedException;

  boolean offer(E value, long timeout, TimeUnit unit) throws InterruptedException;

  E poll(long timeout, TimeUnit unit) throws InterruptedException;

  int remainingCapacity();

  int drainTo(Collection<E> sink);
}

public interface BlockingDeque<E> extends BlockingQueue<E>, java.util.Deque<E> {
}

// A bounded FIFO queue: offer answers false and add throws when it is full. `put` on a full queue would
// wait for a consumer on the JVM; with one thread it goes over the capacity instead, so that a producer
// that runs first can still hand everything to the consumer that runs after it.
public class LinkedBlockingQueue<E> extends LinkedList<E> implements BlockingDeque<E> {
  final int capacity;

  public LinkedBlockingQueue() {
    this(Integer.MAX_VALUE);
  }

  public LinkedBlockingQueue(int capacity) {
    super();
    if (capacity <= 0) throw new IllegalArgumentException();
    this.capacity = capacity;
  }

  public LinkedBlockingQueue(Collection<E> values) {
    this(Integer.MAX_VALUE);
    addAll(values);
  }

  public boolean offer(E value) {
    if (value == null) throw new NullPointerException();
    if (size() >= capacity) return false;
    super.addLast(value);
    return true;
  }

  public boolean add(E value) {
    if (!offer(value)) throw new IllegalStateException("Queue full");
    return true;
  }

  public void put(E value) throws InterruptedException {
    if (value == null) throw new NullPointerException();
    super.addLast(value);
  }

  public E take() throws InterruptedException {
    if (isEmpty()) throw new IllegalStateException("take() on an empty queue: Kiln has one thread, so it would wait forever");
    return poll();
  }

  public boolean offer(E value, long timeout, TimeUnit unit) throws InterruptedException {
    return offer(value);
  }

  public E poll(long timeout, TimeUnit unit) throws InterruptedException {
    return poll();
  }

  public int remainingCapacity() {
    return capacity - size();
  }

  public int drainTo(Collection<E> sink) {
    int moved = 0;
    while (!isEmpty()) {
      sink.add(poll());
      moved++;
    }
    return moved;
  }

  public void putFirst(E value) throws InterruptedException {
    if (value == null) throw new NullPointerException();
    super.addFirst(value);
  }

  public void putLast(E value) throws InterruptedException {
    put(value);
  }

  public E takeFirst() throws InterruptedException {
    return take();
  }

  public E takeLast() throws InterruptedException {
    if (isEmpty()) throw new IllegalStateException("takeLast() on an empty queue: Kiln has one thread, so it would wait forever");
    return pollLast();
  }
}

public class ArrayBlockingQueue<E> extends LinkedBlockingQueue<E> {
  public ArrayBlockingQueue(int capacity) {
    super(capacity);
  }

  public ArrayBlockingQueue(int capacity, boolean fair) {
    super(capacity);
  }
}

public class LinkedBlockingDeque<E> extends LinkedBlockingQueue<E> {
  public LinkedBlockingDeque() {
    super();
  }

  public LinkedBlockingDeque(int capacity) {
    super(capacity);
  }
}

public class PriorityBlockingQueue<E> extends PriorityQueue<E> implements BlockingQueue<E> {
  public PriorityBlockingQueue() {
    super();
  }

  public PriorityBlockingQueue(int capacity) {
    super(capacity);
  }

  public PriorityBlockingQueue(int capacity, Comparator<E> order) {
    super(capacity, order);
  }

  public void put(E value) throws InterruptedException {
    offer(value);
  }

  public E take() throws InterruptedException {
    if (isEmpty()) throw new IllegalStateException("take() on an empty queue: Kiln has one thread, so it would wait forever");
    return poll();
  }

  public boolean offer(E value, long timeout, TimeUnit unit) throws InterruptedException {
    return offer(value);
  }

  public E poll(long timeout, TimeUnit unit) throws InterruptedException {
    return poll();
  }

  public int remainingCapacity() {
    return Integer.MAX_VALUE;
  }

  public int drainTo(Collection<E> sink) {
    int moved = 0;
    while (!isEmpty()) {
      sink.add(poll());
      moved++;
    }
    return moved;
  }
}

public class ConcurrentSkipListMap<K, V> extends TreeMap<K, V> implements ConcurrentMap<K, V> {
  public ConcurrentSkipListMap() {
    super();
  }

  public ConcurrentSkipListMap(Comparator<K> order) {
    super(order);
  }

  public ConcurrentSkipListMap(Map<K, V> other) {
    super(other);
  }
}

public class ConcurrentSkipListSet<E> extends TreeSet<E> {
  public ConcurrentSkipListSet() {
    super();
  }

  public ConcurrentSkipListSet(Comparator<E> order) {
    super(order);
  }

  public ConcurrentSkipListSet(Collection<E> values) {
    super(values);
  }
}

// The random numbers of the current thread. The JDK seeds it from the clock and the machine, so no program can
// expect given numbers; it is a java.util.Random seeded the same way, and refuses a seed as the JDK's does.
public class ThreadLocalRandom extends Random {
  private static ThreadLocalRandom instance;
  private boolean initialized;

  private ThreadLocalRandom() {
    super();
    initialized = true;
  }

  public static ThreadLocalRandom current() {
    if (instance == null) instance = new ThreadLocalRandom();
    return instance;
  }

  public void setSeed(long seed) {
    if (initialized) throw new UnsupportedOperationException();
  }
}

// What makes the threads of an executor.
public interface ThreadFactory {
  Thread newThread(Runnable task);
}
