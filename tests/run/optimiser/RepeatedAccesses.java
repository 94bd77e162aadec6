// Array accesses that repeat an earlier one, which the optimiser compiles without checks, beside accesses
// that look the same but are not: the exceptions must come where the JVM throws them.
public class RepeatedAccesses {
    static int[] values = new int[8];
    static int[] other = new int[2];
    static int calls;

    int[] cells = new int[4];

    static void swap(int i, int j) {
        int saved = values[i];
        values[i] = values[j];
        values[j] = saved;
    }

    static boolean isPositive(int[] a, int i, int j) {
        return a[i] > 0 && a[j] > 0;
    }

    static void clear(int[] a, int i, int j) {
        a[i] = 0;
        a[j] = 0;
    }

    static void replaceValues() {
        calls++;
        values = other;
    }

    static int incrementTwice(int[] a, int i) {
        a[i]++;
        a[i] += 2;
        return a[i];
    }

    static int afterReassignedIndex(int[] a, int i) {
        int total = a[i];
        i = i + 5;
        return total + a[i];
    }

    static int throughCopies(int[] a, int i) {
        int k = i;
        int total = a[i] + a[k];
        i = 100;
        total += a[k];
        return total + a[i];
    }

    static int afterCall(int i) {
        int first = values[i];
        replaceValues();
        return first + values[i];
    }

    int afterFieldStore(RepeatedAccesses alias, int i) {
        int first = cells[i];
        alias.cells = new int[1];
        return first + cells[i];
    }

    static int afterCaughtFailure(int[] a, int i) {
        int total = 0;
        try {
            total += a[i];
        } catch (ArrayIndexOutOfBoundsException e) {
            total = -1;
        }
        return total + a[i];
    }

    static int inBranches(int[] a, int i, boolean flag) {
        if (flag) {
            a[i] = 7;
        } else {
            if (i > 1) a[i] = 9; else throw new IllegalStateException("small " + i);
        }
        return a[i] * 2;
    }

    static int inLoop(int[] a, int i) {
        int total = a[i];
        int j = 0;
        while (j < 3) {
            total += a[i] + a[j];
            j++;
        }
        return total + a[j];
    }

    static int labelled(int[] a, int i, int j) {
        int total = 0;
        while (true) {
            total += a[i];
            if (total > 10) break;
            total += a[j];
            break;
        }
        return total + a[i] + a[j];
    }

    static int withFinally(int[] a, int i) {
        int total = 0;
        try {
            total = a[i];
            return total;
        } finally {
            i = i + 10;
            calls += a.length > i ? a[i] : -1;
        }
    }

    static int nullArray(int[] a, int i) {
        int total = 0;
        if (i > 0) total = a[i];
        return total + a[i];
    }

    static void run(String name, java.util.function.IntSupplier body) {
        try {
            System.out.println(name + ": " + body.getAsInt());
        } catch (RuntimeException e) {
            System.out.println(name + ": " + e.getClass().getName());
        }
    }

    public static void main(String[] args) {
        for (int i = 0; i < values.length; i++) values[i] = i * 3;
        swap(1, 6);
        swap(0, 7);
        System.out.println(java.util.Arrays.toString(values));
        run("swap out of bounds", () -> { swap(2, 8); return values[2]; });
        System.out.println(java.util.Arrays.toString(values));

        int[] a = {3, 4, 5, 0, 6, 1, 2, 8};
        for (int i = 0; i < 4; i++) {
            if (isPositive(a, i, i + 4)) clear(a, i, i + 4);
        }
        System.out.println(java.util.Arrays.toString(a));

        int[] b = new int[3];
        run("incrementTwice", () -> incrementTwice(b, 2));
        run("incrementTwice out of bounds", () -> incrementTwice(b, 3));
        run("afterReassignedIndex", () -> afterReassignedIndex(new int[10], 3));
        run("afterReassignedIndex out of bounds", () -> afterReassignedIndex(new int[6], 3));
        run("throughCopies", () -> throughCopies(new int[] {1, 2, 3}, 1));
        run("afterCall out of bounds", () -> afterCall(4));
        run("afterCall", () -> afterCall(1));
        RepeatedAccesses object = new RepeatedAccesses();
        object.cells[2] = 4;
        run("afterFieldStore", () -> object.afterFieldStore(new RepeatedAccesses(), 2));
        run("afterFieldStore through an alias", () -> object.afterFieldStore(object, 2));
        run("afterCaughtFailure", () -> afterCaughtFailure(new int[] {5}, 0));
        run("afterCaughtFailure out of bounds", () -> afterCaughtFailure(new int[] {5}, 1));
        run("inBranches", () -> inBranches(new int[4], 3, false));
        run("inBranches throws", () -> inBranches(new int[4], 1, false));
        run("inBranches out of bounds", () -> inBranches(new int[4], 4, true));
        run("inLoop", () -> inLoop(new int[] {1, 2, 3, 4}, 1));
        run("inLoop out of bounds", () -> inLoop(new int[] {1, 2, 3}, 1));
        run("labelled", () -> labelled(new int[] {20, 1, 2}, 0, 1));
        run("labelled out of bounds", () -> labelled(new int[] {2, 1, 2}, 0, 5));
        run("labelled out of bounds after the break", () -> labelled(new int[] {20, 1, 2}, 0, 5));
        run("withFinally", () -> withFinally(new int[20], 3) + calls);
        run("withFinally out of bounds", () -> withFinally(new int[2], 3) + calls);
        run("nullArray", () -> nullArray(null, 0));
        run("nullArray positive", () -> nullArray(null, 1));
        System.out.println("calls " + calls);
    }
}
