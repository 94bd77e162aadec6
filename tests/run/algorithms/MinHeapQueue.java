public class MinHeapQueue {
    private int[] heap = new int[4];
    private int size;

    void push(int v) {
        if (size == heap.length) heap = java.util.Arrays.copyOf(heap, size * 2);
        heap[size] = v;
        int i = size++;
        while (i > 0 && heap[(i - 1) / 2] > heap[i]) {
            int p = (i - 1) / 2;
            int t = heap[p]; heap[p] = heap[i]; heap[i] = t;
            i = p;
        }
    }

    int pop() {
        int top = heap[0];
        heap[0] = heap[--size];
        int i = 0;
        while (true) {
            int l = 2 * i + 1, r = l + 1, smallest = i;
            if (l < size && heap[l] < heap[smallest]) smallest = l;
            if (r < size && heap[r] < heap[smallest]) smallest = r;
            if (smallest == i) break;
            int t = heap[i]; heap[i] = heap[smallest]; heap[smallest] = t;
            i = smallest;
        }
        return top;
    }

    public static void main(String[] args) {
        MinHeapQueue q = new MinHeapQueue();
        int seed = 7;
        for (int i = 0; i < 25; i++) {
            seed = (seed * 31 + 11) % 1000;
            q.push(seed);
        }
        StringBuilder sb = new StringBuilder();
        int previous = -1;
        boolean ordered = true;
        while (q.size > 0) {
            int v = q.pop();
            if (v < previous) ordered = false;
            previous = v;
            sb.append(v).append(' ');
        }
        System.out.println(sb.toString().trim());
        System.out.println("ordered " + ordered);
    }
}
