public class UncaughtFromDeep {
    static int depth(int n) {
        if (n == 0) {
            int[] values = new int[2];
            return values[n + 5];
        }
        return depth(n - 1) + 1;
    }

    public static void main(String[] args) {
        System.out.println("start");
        try {
            depth(3);
        } finally {
            System.out.println("cleanup");
        }
        System.out.println("never");
    }
}
