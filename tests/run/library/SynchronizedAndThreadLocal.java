// SynchronizedAndThreadLocal: threads, synchronized blocks, atomics and executors on a single-threaded target
import java.util.*;
import java.util.concurrent.*;
import java.util.concurrent.atomic.*;

public class SynchronizedAndThreadLocal {
    static int shared = 0;
    static final Object lock = new Object();
    static synchronized void bump() { shared++; }
    public static void main(String[] args) throws Exception {
        Thread t = new Thread(() -> { for (int i = 0; i < 1000; i++) bump(); });
        t.start(); t.join();
        synchronized (lock) { shared += 5; }
        System.out.println(shared);
        AtomicInteger ai = new AtomicInteger(); AtomicLong al = new AtomicLong(10);
        for (int i = 0; i < 10; i++) { ai.incrementAndGet(); al.addAndGet(i); }
        System.out.println(ai.get() + " " + al.get() + " " + ai.compareAndSet(10, 20) + " " + ai + " " + ai.getAndIncrement() + " " + ai.updateAndGet(x -> x * 2) + " " + ai.accumulateAndGet(3, Integer::sum));
        AtomicReference<String> ar = new AtomicReference<>("a"); ar.set("b"); System.out.println(ar.get() + " " + ar.getAndSet("c") + " " + ar);
        AtomicBoolean ab = new AtomicBoolean(); System.out.println(ab.getAndSet(true) + " " + ab.get());
        ConcurrentHashMap<String, Integer> chm = new ConcurrentHashMap<>(); chm.put("x", 1); chm.merge("x", 2, Integer::sum); chm.putIfAbsent("y", 5); System.out.println(new TreeMap<>(chm));
        ExecutorService ex = Executors.newFixedThreadPool(2);
        List<Future<Integer>> fs = new ArrayList<>();
        for (int i = 1; i <= 3; i++) { final int k = i; fs.add(ex.submit(() -> k * k)); }
        int total = 0; for (Future<Integer> f : fs) total += f.get();
        ex.shutdown(); System.out.println(total + " " + ex.isShutdown());
        CompletableFuture<String> cf = CompletableFuture.supplyAsync(() -> "async").thenApply(s -> s + "!"); System.out.println(cf.get());
        CopyOnWriteArrayList<Integer> cow = new CopyOnWriteArrayList<>(List.of(1, 2)); for (Integer x : cow) cow.add(x + 10); System.out.println(cow);
        ConcurrentLinkedQueue<String> q = new ConcurrentLinkedQueue<>(); q.offer("a"); q.offer("b"); System.out.println(q.poll() + q.peek() + q.size());
        CountDownLatch latch = new CountDownLatch(2); new Thread(latch::countDown).start(); latch.countDown(); latch.await(); System.out.println("latch " + latch.getCount());
        Thread cur = Thread.currentThread(); System.out.println(cur.getName());
        Thread.sleep(1);
        ThreadLocal<Integer> tl = ThreadLocal.withInitial(() -> 7); System.out.println(tl.get());
    }
}
