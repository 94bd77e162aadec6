import java.util.*;
import java.util.concurrent.atomic.AtomicInteger;

public class ThreadsRunInTurn {
  static int shared;

  static class Worker extends Thread {
    final int from, to;
    long sum;
    Worker(int from, int to) { this.from = from; this.to = to; }
    public void run() { for (int i = from; i < to; i++) sum += i; }
  }

  public static void main(String[] args) throws InterruptedException {
    Worker a = new Worker(0, 500), b = new Worker(500, 1000);
    a.start();
    a.join();
    b.start();
    b.join();
    System.out.println(a.sum + b.sum + " " + a.getName() + " " + b.getName() + " " + Thread.currentThread().getName());
    AtomicInteger counter = new AtomicInteger();
    List<Thread> threads = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      Thread t = new Thread(() -> { for (int k = 0; k < 1000; k++) counter.incrementAndGet(); }, "counter-" + i);
      threads.add(t);
    }
    for (Thread t : threads) { t.start(); t.join(); }
    System.out.println(counter.get() + " " + threads.get(2).getName() + " " + threads.get(0).isAlive());
    Thread named = new Thread(() -> System.out.println("inside " + Thread.currentThread().getName()));
    named.start();
    named.join();
    Thread.sleep(5);
    System.out.println(new Thread("x").getName() + " " + new Thread(() -> {}).getName() + " " + Thread.currentThread().getPriority());
    try { named.start(); } catch (IllegalThreadStateException e) { System.out.println("IllegalThreadStateException"); }
  }
}
