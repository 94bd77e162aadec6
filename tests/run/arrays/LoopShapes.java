// Loop shapes around array accesses: breaks, do-while, counters changed in the body, nested arrays,
// exceptions out of the loop, arrays replaced between loops.
public class LoopShapes {
    static int firstNegative(int[] values) {
        int i = 0;
        for (; i < values.length; i++) {
            if (values[i] < 0) break;
        }
        return i;
    }

    static int skipping(int[] values) {
        int total = 0;
        for (int i = 0; i < values.length; i++) {
            total += values[i];
            if (values[i] == 3) i++;
        }
        return total;
    }

    static int doWhile(int[] values) {
        int total = 0;
        int i = 0;
        do {
            total += values[i];
            i++;
        } while (i < values.length);
        return total;
    }

    static int grid(int[][] cells) {
        int total = 0;
        for (int row = 0; row < cells.length; row++) {
            for (int column = 0; column < cells[row].length; column++) total += cells[row][column] * (row + 1);
        }
        return total;
    }

    static int throwing(int[] values, int limit) {
        int total = 0;
        try {
            for (int i = 0; i < values.length; i++) {
                if (i == limit) throw new IllegalStateException("stop at " + i);
                total += values[i];
            }
        } catch (IllegalStateException e) {
            return -total;
        }
        return total;
    }

    static int replaced(int[] first, int[] second) {
        int[] values = first;
        int total = 0;
        for (int i = 0; i < values.length; i++) total += values[i];
        values = second;
        for (int i = 0; i < 3; i++) total += values[i];
        return total;
    }

    static long fixed() {
        long[] squares = new long[10];
        for (int i = 0; i < 10; i++) squares[i] = (long) i * i;
        int[] small = {1, 2, 3};
        long total = 0;
        for (int i = 0; i < 3; i++) total += squares[i] + small[i];
        return total;
    }

    static int countDown(int[] values) {
        int total = 0;
        for (int i = values.length - 1; i >= 0; i--) total = total * 2 + values[i];
        return total;
    }

    static int calls;

    static int next() {
        calls++;
        return calls * 10;
    }

    static void bump(int[] counts, int slot) {
        counts[slot]++;
        counts[slot] += next();
        counts[slot] = counts[slot] * 2 - 1;
    }

    static String histogram(int[] values) {
        int[] counts = new int[4];
        for (int value : values) {
            int slot = value & 3;
            counts[slot]++;
        }
        return counts[0] + " " + counts[1] + " " + counts[2] + " " + counts[3];
    }

    public static void main(String[] args) {
        System.out.println("histogram " + histogram(new int[] {1, 2, 3, 4, 5, 6, 7, 8, 9}));
        int[] counts = new int[3];
        bump(counts, 1);
        System.out.println("bumped " + counts[0] + " " + counts[1] + " " + counts[2] + " after " + calls + " calls");
        try {
            bump(counts, 3);
        } catch (ArrayIndexOutOfBoundsException e) {
            System.out.println("bump: " + e.getMessage() + " after " + calls + " calls");
        }
        try {
            bump(null, 0);
        } catch (NullPointerException e) {
            System.out.println("bump null after " + calls + " calls");
        }
        int[] values = {4, 3, 8, -1, 5};
        System.out.println("first negative at " + firstNegative(values) + ", none in {1}: " + firstNegative(new int[] {1}));
        System.out.println("skipping " + skipping(values));
        System.out.println("do-while " + doWhile(values));
        try {
            doWhile(new int[0]);
        } catch (ArrayIndexOutOfBoundsException e) {
            System.out.println("do-while on empty: " + e.getMessage());
        }
        System.out.println("grid " + grid(new int[][] {{1, 2}, {3}, {}, {4, 5, 6}}));
        try {
            grid(new int[][] {{1}, null});
        } catch (NullPointerException e) {
            System.out.println("grid with a null row");
        }
        System.out.println("throwing " + throwing(values, 2) + " " + throwing(values, 9));
        System.out.println("replaced " + replaced(values, new int[] {10, 20, 30}));
        try {
            replaced(values, new int[] {1});
        } catch (ArrayIndexOutOfBoundsException e) {
            System.out.println("replaced: " + e.getMessage());
        }
        System.out.println("fixed " + fixed());
        System.out.println("count down " + countDown(values));
    }
}
