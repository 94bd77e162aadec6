// Kiln's runtime library: java.util.concurrent.locks (Lock, ReentrantLock, ReadWriteLock and
// ReentrantReadWriteLock), in Java; translate.sh turns it into runtime-lib/java.util.collections.ir. A Kiln
// program has one thread, so a lock is never contended: it counts its holds, and unlocking a lock that is
// not held throws IllegalMonitorStateException, as the JDK's.
package java.util.concurrent.locks;

import java.util.concurrent.TimeUnit;

public interface Lock {
  void lock();

  void lockInterruptibly() throws InterruptedException;

  boolean tryLock();

  boolean tryLock(long time, TimeUnit unit) throws InterruptedException;

  void unlock();
}

public interface ReadWriteLock {
  Lock readLock();

  Lock writeLock();
}

// A lock that counts its holds: what ReentrantLock and the two locks of a ReentrantReadWriteLock share.
abstract class CountedLock implements Lock {
  abstract int holds();

  abstract void changeHolds(int delta);

  // What unlocking a lock that is not held throws.
  IllegalMonitorStateException notHeld() {
    return new IllegalMonitorStateException();
  }

  public void lock() {
    changeHolds(1);
  }

  public void lockInterruptibly() throws InterruptedException {
    if (Thread.interrupted()) throw new InterruptedException();
    changeHolds(1);
  }

  public boolean tryLock() {
    changeHolds(1);
    return true;
  }

  public boolean tryLock(long time, TimeUnit unit) throws InterruptedException {
    lockInterruptibly();
    return true;
  }

  public void unlock() {
    if (holds() == 0) throw notHeld();
    changeHolds(-1);
  }
}

public class ReentrantLock extends CountedLock {
  private final boolean fair;
  private int holds;

  public ReentrantLock() {
    this(false);
  }

  public ReentrantLock(boolean fair) {
    this.fair = fair;
  }

  int holds() {
    return holds;
  }

  void changeHolds(int delta) {
    holds += delta;
  }

  public int getHoldCount() {
    return holds;
  }

  public boolean isHeldByCurrentThread() {
    return holds > 0;
  }

  public boolean isLocked() {
    return holds > 0;
  }

  public final boolean isFair() {
    return fair;
  }

  public final boolean hasQueuedThreads() {
    return false;
  }

  public final int getQueueLength() {
    return 0;
  }
}

public class ReentrantReadWriteLock implements ReadWriteLock {
  private final boolean fair;
  private final ReentrantReadWriteLock.ReadLock readerLock;
  private final ReentrantReadWriteLock.WriteLock writerLock;
  int readHolds;
  int writeHolds;

  public ReentrantReadWriteLock() {
    this(false);
  }

  public ReentrantReadWriteLock(boolean fair) {
    this.fair = fair;
    this.readerLock = new ReentrantReadWriteLock.ReadLock(this);
    this.writerLock = new ReentrantReadWriteLock.WriteLock(this);
  }

  public ReentrantReadWriteLock.ReadLock readLock() {
    return readerLock;
  }

  public ReentrantReadWriteLock.WriteLock writeLock() {
    return writerLock;
  }

  public final boolean isFair() {
    return fair;
  }

  public int getReadLockCount() {
    return readHolds;
  }

  public int getReadHoldCount() {
    return readHolds;
  }

  public int getWriteHoldCount() {
    return writeHolds;
  }

  public boolean isWriteLocked() {
    return writeHolds > 0;
  }

  public boolean isWriteLockedByCurrentThread() {
    return writeHolds > 0;
  }

  public static class ReadLock extends CountedLock {
    private final ReentrantReadWriteLock owner;

    protected ReadLock(ReentrantReadWriteLock owner) {
      this.owner = owner;
    }

    int holds() {
      return owner.readHolds;
    }

    void changeHolds(int delta) {
      owner.readHolds += delta;
    }

    IllegalMonitorStateException notHeld() {
      return new IllegalMonitorStateException("attempt to unlock read lock, not locked by current thread");
    }
  }

  public static class WriteLock extends CountedLock {
    private final ReentrantReadWriteLock owner;

    protected WriteLock(ReentrantReadWriteLock owner) {
      this.owner = owner;
    }

    int holds() {
      return owner.writeHolds;
    }

    void changeHolds(int delta) {
      owner.writeHolds += delta;
    }

    public boolean isHeldByCurrentThread() {
      return owner.writeHolds > 0;
    }

    public int getHoldCount() {
      return owner.writeHolds;
    }
  }
}
