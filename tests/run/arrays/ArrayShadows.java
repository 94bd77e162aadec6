// Array variables that change under the accesses: locals, parameters and static fields reassigned
// (to other lengths, to null), and Java's order of evaluation around a null or short array.
import java.util.function.IntUnaryOperator;

public class ArrayShadows {
    static int[] shared;
    static long[] longs = new long[3];
    static int calls;

    static int note(String what, int value) {
        calls++;
        System.out.println("  " + what + " -> " + value);
        return value;
    }

    static int sumTwice(int[] values) {
        int total = 0;
        for (int i = 0; i < values.length; i++) total += values[i];
        values = new int[] {100, 200};
        for (int i = 0; i < values.length; i++) total += values[i];
        return total;
    }

    static int growing() {
        int[] buffer = new int[1];
        int written = 0;
        for (int round = 0; round < 5; round++) {
            if (written == buffer.length) {
                int[] bigger = new int[buffer.length * 2];
                for (int i = 0; i < buffer.length; i++) bigger[i] = buffer[i];
                buffer = bigger;
            }
            buffer[written] = round * round;
            written++;
        }
        int total = 0;
        for (int i = 0; i < written; i++) total = total * 10 + buffer[i];
        return total * 100 + buffer.length;
    }

    static void staticField() {
        shared = new int[4];
        for (int i = 0; i < shared.length; i++) shared[i] = i + 1;
        int before = shared[3];
        shared = new int[2];
        System.out.println("static: " + before + " " + shared.length + " " + shared[1]);
        try {
            System.out.println(shared[3]);
        } catch (ArrayIndexOutOfBoundsException e) {
            System.out.println("static short: " + e.getMessage());
        }
        shared = null;
        try {
            System.out.println(shared.length);
        } catch (NullPointerException e) {
            System.out.println("static null length");
        }
        try {
            shared[0] = 1;
        } catch (NullPointerException e) {
            System.out.println("static null store");
        }
        longs[2] = 7L;
        longs[1] = longs[2] * 6;
        System.out.println("longs: " + longs[0] + " " + longs[1] + " " + longs[2]);
    }

    static void localToNull() {
        int[] values = new int[] {5, 6, 7};
        int seen = 0;
        for (int round = 0; round < 3; round++) {
            try {
                seen += values[round] + values.length;
            } catch (NullPointerException e) {
                System.out.println("null at round " + round);
            }
            if (round == 1) values = null;
        }
        System.out.println("seen " + seen);
    }

    static void order() {
        int[] missing = null;
        int[] small = new int[2];
        try {
            int x = missing[note("index of a read from null", 1)];
        } catch (NullPointerException e) {
            System.out.println("null read after its index");
        }
        try {
            missing[note("index of a store to null", 0)] = note("value stored to null", 9);
        } catch (NullPointerException e) {
            System.out.println("null store after its index and value");
        }
        try {
            small[note("index out of bounds", 5)] = note("value out of bounds", 3);
        } catch (ArrayIndexOutOfBoundsException e) {
            System.out.println("store out of bounds after its value: " + e.getMessage());
        }
        Object[] strings = new String[1];
        try {
            strings[note("index of a bad store", 0)] = Integer.valueOf(note("boxed value", 4));
        } catch (ArrayStoreException e) {
            System.out.println("array store: " + e.getMessage());
        }
        System.out.println("calls " + calls);
    }

    static void captured() {
        int[] table = new int[] {3, 1, 4, 1, 5};
        IntUnaryOperator lookup = i -> table[i] + table[table.length - 1 - i];
        int total = 0;
        for (int i = 0; i < table.length; i++) total = total * 10 + lookup.applyAsInt(i);
        System.out.println("captured " + total);
    }

    public static void main(String[] args) {
        System.out.println("sumTwice " + sumTwice(new int[] {1, 2, 3}));
        System.out.println("growing " + growing());
        staticField();
        localToNull();
        order();
        captured();
    }
}
