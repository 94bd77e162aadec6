// Atomic arrays and adders, locks, checksums, BigInteger from bytes, strings from code points, typed array copies
import java.math.BigInteger;
import java.util.*;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.*;
import java.util.concurrent.locks.*;
import java.util.zip.*;

public class AtomicArraysLocksAndChecksums {
    static void tryIt(String label, Runnable action) {
        try {
            action.run();
            System.out.println(label + " ok");
        } catch (RuntimeException e) {
            System.out.println(label + " " + e);
        }
    }

    static String hex(byte[] bytes) {
        StringBuilder sb = new StringBuilder();
        for (byte b : bytes) sb.append(String.format("%02x", b));
        return sb.toString();
    }

    public static void main(String[] args) {
        AtomicIntegerArray ints = new AtomicIntegerArray(4);
        ints.set(0, 5);
        ints.incrementAndGet(1);
        ints.getAndAdd(2, 10);
        ints.accumulateAndGet(3, 7, (int a, int b) -> a * 2 + b);
        System.out.println(ints + " " + ints.length() + " " + ints.compareAndSet(0, 5, 6) + " " + ints.compareAndSet(0, 5, 7) + " " + ints.get(0) + " " + ints.getAndUpdate(2, (int x) -> -x) + " " + ints.get(2) + " " + ints.decrementAndGet(1));
        AtomicLongArray longs = new AtomicLongArray(new long[] {1L, 2L});
        longs.addAndGet(1, 1L << 40);
        System.out.println(longs + " " + longs.getAndIncrement(0) + " " + longs.updateAndGet(0, (long x) -> x * 100));
        tryIt("atomic index", () -> ints.get(9));
        AtomicReferenceArray<String> refs = new AtomicReferenceArray<>(new String[] {"a", "b"});
        String b = refs.get(1);
        System.out.println(refs + " " + refs.compareAndSet(1, b, "B") + " " + refs.compareAndSet(1, "b", "c") + " " + refs.getAndSet(0, "z") + " " + refs.accumulateAndGet(0, "!", (String x, String y) -> x + y) + " " + refs);
        LongAdder adder = new LongAdder();
        for (int i = 1; i <= 100; i++) adder.add(i);
        adder.increment();
        adder.decrement();
        adder.decrement();
        System.out.println(adder + " " + adder.sum() + " " + adder.intValue() + " " + adder.sumThenReset() + " " + adder.sum());
        DoubleAdder dadd = new DoubleAdder();
        dadd.add(0.1);
        dadd.add(0.2);
        LongAccumulator max = new LongAccumulator(Long::max, Long.MIN_VALUE);
        for (long v : new long[] {3, -9, 42, 7}) max.accumulate(v);
        System.out.println(dadd + " " + max.get() + " " + max + " " + max.getThenReset() + " " + max.get());
        ReentrantLock lock = new ReentrantLock();
        lock.lock();
        lock.lock();
        System.out.println(lock.isLocked() + " " + lock.getHoldCount() + " " + lock.isHeldByCurrentThread() + " " + lock.isFair() + " " + lock.tryLock());
        lock.unlock();
        lock.unlock();
        lock.unlock();
        System.out.println(lock.isLocked() + " " + lock.getHoldCount());
        tryIt("unlock", lock::unlock);
        ReentrantReadWriteLock rw = new ReentrantReadWriteLock(true);
        rw.writeLock().lock();
        rw.readLock().lock();
        System.out.println(rw.getReadLockCount() + " " + rw.isWriteLocked() + " " + rw.getWriteHoldCount() + " " + rw.isFair());
        rw.readLock().unlock();
        rw.writeLock().unlock();
        tryIt("read unlock", () -> rw.readLock().unlock());
        tryIt("write unlock", () -> rw.writeLock().unlock());
        Lock guard = new ReentrantLock();
        int counter = 0;
        for (int i = 0; i < 5; i++) {
            guard.lock();
            try {
                counter += i;
            } finally {
                guard.unlock();
            }
        }
        System.out.println("counter " + counter);
        ThreadLocalRandom random = ThreadLocalRandom.current();
        int r = random.nextInt(10, 20);
        double d = random.nextDouble();
        System.out.println((r >= 10 && r < 20) + " " + (d >= 0 && d < 1) + " " + (ThreadLocalRandom.current() == random));
        tryIt("seed", () -> random.setSeed(5));
        tryIt("bound", () -> random.nextInt(5, 5));
        CRC32 crc = new CRC32();
        crc.update("The quick brown fox jumps over the lazy dog".getBytes());
        Adler32 adler = new Adler32();
        adler.update("Wikipedia".getBytes());
        System.out.println(Long.toHexString(crc.getValue()) + " " + Long.toHexString(adler.getValue()));
        crc.reset();
        crc.update(new byte[0]);
        System.out.println(crc.getValue());
        crc.update('a');
        crc.update("bc".getBytes(), 0, 2);
        Checksum sum = new CRC32();
        sum.update("abc".getBytes(), 0, 3);
        System.out.println(crc.getValue() + " " + sum.getValue());
        byte[] all = new byte[1000];
        for (int i = 0; i < all.length; i++) all[i] = (byte) (i * 31 + 7);
        crc.reset();
        crc.update(all);
        adler.reset();
        adler.update(all, 100, 800);
        System.out.println(crc.getValue() + " " + adler.getValue());
        for (byte[] bytes : new byte[][] {{0}, {1}, {-1}, {(byte) 0x80}, {0, (byte) 0xff}, {(byte) 0xff, 0, 0, 0, 0}, {1, 2, 3, 4, 5, 6, 7, 8, 9}, {(byte) 0xfe, 1, 2, 3, 4, 5, 6, 7, 8}}) {
            BigInteger n = new BigInteger(bytes);
            System.out.print(n + ":" + hex(n.toByteArray()) + " ");
        }
        System.out.println();
        System.out.println(new BigInteger(1, new byte[] {(byte) 0xff, (byte) 0xff}) + " " + new BigInteger(-1, new byte[] {1, 0}) + " " + new BigInteger(0, new byte[] {0, 0}) + " " + new BigInteger(new byte[] {9, 1, 2, 9}, 1, 2));
        tryIt("zero length", () -> new BigInteger(new byte[0]));
        tryIt("signum", () -> new BigInteger(2, new byte[] {1}));
        tryIt("mismatch", () -> new BigInteger(0, new byte[] {1}));
        BigInteger[] sr = BigInteger.valueOf(1000).sqrtAndRemainder();
        System.out.println(sr[0] + " " + sr[1]);
        int[] cps = {72, 105, 0x1F600, 0x4E16, 33};
        String fromCps = new String(cps, 0, cps.length);
        System.out.println(fromCps + " " + fromCps.length() + " " + new String(cps, 1, 2).codePointCount(0, 3));
        tryIt("code point", () -> new String(new int[] {0x110000}, 0, 1));
        tryIt("code point range", () -> new String(cps, 3, 5));
        String[] words = {"pear", "fig"};
        String[] more = Arrays.copyOf(words, 4);
        String[] tail = Arrays.copyOfRange(words, 1, 3);
        Object[] objs = Arrays.copyOf(words, 2, Object[].class);
        CharSequence[] seqs = Arrays.copyOf(words, 1, CharSequence[].class);
        System.out.println(more.getClass().getSimpleName() + Arrays.toString(more) + " " + tail.getClass().getSimpleName() + Arrays.toString(tail) + " " + objs.getClass().getSimpleName() + " " + seqs.getClass().getSimpleName() + Arrays.toString(seqs));
        tryIt("copy store", () -> Arrays.copyOf(words, 2, Integer[].class));
        List<Throwable> thrown = List.of(new SecurityException("denied"), new IllegalMonitorStateException("monitor"), new ClassNotFoundException("Foo"),
                new NoSuchMethodException("bar"), new InternalError("oops"), new NoSuchFieldError("f"), new AbstractMethodError(), new java.io.EOFException("end"),
                new java.io.UncheckedIOException(new java.io.IOException("disk")), new java.io.UncheckedIOException("wrapped", new java.io.IOException("net")),
                new NoSuchElementException("none", new IllegalStateException("why")), new java.lang.reflect.InvocationTargetException(new ArithmeticException("div")),
                new TypeNotPresentException("Bar", null), new IllegalCallerException("caller"), new ReflectiveOperationException("refl"));
        for (Throwable t : thrown) {
            System.out.println(t + " | " + t.getMessage() + " | " + t.getCause() + " | " + (t instanceof ReflectiveOperationException) + " " + (t instanceof LinkageError) + " " + (t instanceof RuntimeException) + " " + (t instanceof java.io.IOException));
        }
        java.lang.reflect.InvocationTargetException ite = new java.lang.reflect.InvocationTargetException(new RuntimeException("target"), "msg");
        System.out.println(ite.getTargetException().getMessage() + " " + ite.getMessage() + " " + new java.io.UncheckedIOException(new java.io.IOException("x")).getCause().getMessage());
        try {
            throw new EnumConstantNotPresentException(java.util.concurrent.TimeUnit.class, "LOST");
        } catch (RuntimeException e) {
            System.out.println(e.getMessage());
        }
    }
}
