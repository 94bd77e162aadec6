public class BoundedBuffer {
    private final String[] slots;
    private int head, tail, count;
    int dropped;

    BoundedBuffer(int capacity) { slots = new String[capacity]; }

    boolean offer(String s) {
        if (count == slots.length) { dropped++; return false; }
        slots[tail] = s;
        tail = (tail + 1) % slots.length;
        count++;
        return true;
    }

    String poll() {
        if (count == 0) return null;
        String s = slots[head];
        slots[head] = null;
        head = (head + 1) % slots.length;
        count--;
        return s;
    }

    public static void main(String[] args) {
        BoundedBuffer b = new BoundedBuffer(3);
        StringBuilder log = new StringBuilder();
        for (int i = 0; i < 10; i++) {
            if (i % 3 == 2) log.append("poll=").append(b.poll()).append(' ');
            else log.append("offer").append(i).append('=').append(b.offer("m" + i)).append(' ');
        }
        String s;
        while ((s = b.poll()) != null) log.append(s).append(' ');
        System.out.println(log.toString().trim());
        System.out.println("dropped " + b.dropped + " count " + b.count);
    }
}
