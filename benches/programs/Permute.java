// Generates every permutation of a small array by recursive swapping: calls and array writes.
public class Permute {
    static int count;
    static int[] values;

    static void permute(int n) {
        count++;
        if (n != 0) {
            int last = n - 1;
            permute(last);
            for (int i = last; i >= 0; i--) {
                swap(last, i);
                permute(last);
                swap(last, i);
            }
        }
    }

    static void swap(int i, int j) {
        int saved = values[i];
        values[i] = values[j];
        values[j] = saved;
    }

    static String run() {
        long checksum = 0;
        for (int round = 0; round < 200; round++) {
            count = 0;
            values = new int[8];
            for (int i = 0; i < 8; i++) values[i] = i * round;
            permute(7);
            checksum += count;
            for (int i = 0; i < 8; i++) checksum = checksum * 7 + values[i];
        }
        return "count " + count + ", checksum " + checksum;
    }

    public static void main(String[] args) {
        int iterations = args.length > 0 ? Integer.parseInt(args[0]) : 1;
        String result = "";
        for (int i = 0; i < iterations; i++) {
            long start = System.nanoTime();
            result = run();
            long elapsed = System.nanoTime() - start;
            if (args.length > 0) System.err.println("iteration " + elapsed);
        }
        System.out.println("permute: " + result);
    }
}
