public class Queue2Stacks {
    static int[] in = new int[16], out = new int[16];
    static int inTop, outTop;

    static void enqueue(int v) { in[inTop++] = v; }

    static int dequeue() {
        if (outTop == 0) while (inTop > 0) out[outTop++] = in[--inTop];
        if (outTop == 0) throw new RuntimeException("queue empty");
        return out[--outTop];
    }

    public static void main(String[] args) {
        for (int i = 1; i <= 3; i++) enqueue(i);
        System.out.print(dequeue() + " ");
        enqueue(4);
        enqueue(5);
        StringBuilder sb = new StringBuilder();
        try {
            while (true) sb.append(dequeue()).append(' ');
        } catch (RuntimeException e) {
            sb.append("| ").append(e.getMessage());
        }
        System.out.println(sb);
    }
}
