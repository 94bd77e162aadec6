import java.util.*;
import java.util.concurrent.*;
import java.util.concurrent.atomic.*;

public class ConcurrencyOnOneThread {
    static long slowSquare(int n) {
        long s = 0;
        for (int i = 0; i < n; i++) s += n;
        return s;
    }

    public static void main(String[] args) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(1);
        List<Future<Long>> futures = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            final int n = i * 100;
            futures.add(pool.submit(() -> slowSquare(n)));
        }
        long total = 0;
        for (Future<Long> f : futures) total += f.get();
        System.out.println("total " + total + " done " + futures.get(0).isDone());
        Future<String> named = pool.submit(() -> Thread.currentThread().getName());
        System.out.println(named.get());
        Future<Integer> failing = pool.submit(() -> Integer.parseInt("x"));
        try {
            failing.get();
        } catch (ExecutionException e) {
            System.out.println("failed: " + e.getCause() + " | " + e.getMessage());
        }
        List<Callable<Integer>> tasks = new ArrayList<>();
        for (int i = 0; i < 4; i++) { final int k = i; Callable<Integer> square = () -> k * k; tasks.add(square); }
        int sum = 0;
        for (Future<Integer> f : pool.invokeAll(tasks)) sum += f.get();
        System.out.println("invokeAll " + sum);
        pool.shutdown();
        System.out.println(pool.isShutdown() + " " + pool.awaitTermination(1, TimeUnit.SECONDS));
        try {
            pool.submit(() -> 1);
        } catch (RejectedExecutionException e) {
            System.out.println("rejected");
        }

        CompletableFuture<Integer> cf = CompletableFuture.supplyAsync(() -> 6).thenApply(x -> x * 7);
        CompletableFuture<String> combined = cf.thenCombine(CompletableFuture.completedFuture("!"), (Integer a, String b) -> a + b);
        System.out.println(cf.join() + " " + combined.get() + " " + cf.isDone());
        CompletableFuture<Integer> broken = CompletableFuture.supplyAsync(() -> 1 / (args.length));
        System.out.println(broken.exceptionally(t -> -1).join());
        try {
            broken.join();
        } catch (CompletionException e) {
            System.out.println("join: " + e.getCause());
        }
        System.out.println(broken.handle((v, t) -> t == null ? "ok" : "handled " + t.getClass().getSimpleName()).join());
        CompletableFuture<Void> all = CompletableFuture.allOf(cf, combined);
        System.out.println("all " + all.isDone() + " " + cf.thenCompose(x -> CompletableFuture.supplyAsync(() -> x + 1)).join());

        ConcurrentHashMap<String, Integer> chm = new ConcurrentHashMap<>();
        String text = "one two three four five six seven eight nine ten eleven twelve thirteen one two three";
        for (String w : text.split(" ")) chm.merge(w, 1, Integer::sum);
        System.out.println(chm + " " + chm.mappingCount());
        Map<String, Integer> hm = new HashMap<>();
        for (String w : text.split(" ")) hm.merge(w, 1, Integer::sum);
        System.out.println(hm);
        try {
            chm.put("x", null);
        } catch (NullPointerException e) {
            System.out.println("null value refused");
        }
        ConcurrentHashMap<Integer, Integer> ints = new ConcurrentHashMap<>(10);
        for (int i = 0; i < 40; i += 3) ints.put(i * 7, i);
        System.out.println(ints.keySet());
        ints.computeIfAbsent(5, k -> 50);
        ints.compute(0, (k, v) -> v == null ? 1 : v + 100);
        System.out.println(ints + " " + ints.getOrDefault(999, -1));
        Set<String> keys = ConcurrentHashMap.newKeySet();
        keys.add("b"); keys.add("a"); keys.add("b");
        System.out.println(keys + " " + keys.size());

        CopyOnWriteArrayList<Integer> cow = new CopyOnWriteArrayList<>(List.of(1, 2, 3));
        for (Integer x : cow) cow.add(x * 10);
        System.out.println(cow + " " + cow.addIfAbsent(1) + " " + cow.addIfAbsent(4));

        BlockingQueue<String> queue = new LinkedBlockingQueue<>(2);
        System.out.println(queue.offer("a") + " " + queue.offer("b") + " " + queue.offer("c") + " " + queue.remainingCapacity());
        try {
            queue.add("d");
        } catch (IllegalStateException e) {
            System.out.println(e.getMessage());
        }
        System.out.println(queue.take() + " " + queue.poll() + " " + queue.poll());
        ArrayBlockingQueue<Integer> abq = new ArrayBlockingQueue<>(3);
        Thread producer = new Thread(() -> {
            for (int i = 0; i < 3; i++) {
                try { abq.put(i); } catch (InterruptedException e) { return; }
            }
        });
        producer.start();
        producer.join();
        List<Integer> drained = new ArrayList<>();
        abq.drainTo(drained);
        System.out.println("drained " + drained);

        CountDownLatch latch = new CountDownLatch(3);
        AtomicInteger counter = new AtomicInteger();
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Thread t = new Thread(() -> { counter.addAndGet(5); latch.countDown(); }, "worker-" + i);
            threads.add(t);
            t.start();
        }
        latch.await();
        System.out.println("latch " + latch.getCount() + " counter " + counter.get());
        Semaphore sem = new Semaphore(2);
        System.out.println(sem.tryAcquire() + " " + sem.tryAcquire() + " " + sem.tryAcquire() + " " + sem.availablePermits());
        sem.release(2);
        System.out.println(sem.availablePermits());
        System.out.println(TimeUnit.SECONDS.toMillis(3) + " " + TimeUnit.MILLISECONDS.toSeconds(4500) + " " + TimeUnit.HOURS.convert(180, TimeUnit.MINUTES) + " " + TimeUnit.DAYS.toHours(2) + " " + TimeUnit.valueOf("MINUTES").ordinal());
        ConcurrentSkipListMap<String, Integer> skip = new ConcurrentSkipListMap<>();
        skip.put("b", 2); skip.put("a", 1); skip.put("c", 3);
        System.out.println(skip + " " + skip.firstKey() + " " + skip.headMap("c"));
        ConcurrentLinkedQueue<Integer> clq = new ConcurrentLinkedQueue<>();
        clq.offer(3); clq.offer(1);
        System.out.println(clq.peek() + " " + clq + " " + clq.size());
    }
}
