// Static array fields read and written while null, empty, or reassigned between the two: a null array
// throws NullPointerException for every index (never ArrayIndexOutOfBoundsException), after the index and
// the value are computed, in Java's order.
public class StaticArraysWhileNull {
    static int[] never;
    static long[] longs;
    static char[] chars;
    static String[] names;
    static int[] empty = new int[0];
    static int calls;

    static int note(String what, int value) {
        calls++;
        System.out.println("  " + what + " -> " + value);
        return value;
    }

    static void tryRead(String label, int index) {
        try {
            System.out.println(label + ": " + never[index]);
        } catch (NullPointerException e) {
            System.out.println(label + ": null pointer");
        } catch (ArrayIndexOutOfBoundsException e) {
            System.out.println(label + ": " + e.getMessage());
        }
    }

    static int sum() {
        int total = 0;
        for (int i = 0; i < never.length; i++) total += never[i];
        return total;
    }

    public static void main(String[] args) {
        tryRead("null, index 0", 0);
        tryRead("null, index -1", -1);
        tryRead("null, index max", Integer.MAX_VALUE);
        try {
            never[note("index", 3)] = note("value", 4);
        } catch (NullPointerException e) {
            System.out.println("null store after " + calls + " calls");
        }
        try {
            System.out.println(sum());
        } catch (NullPointerException e) {
            System.out.println("null length in a loop");
        }
        never = new int[] {10, 20, 30};
        tryRead("three, index 2", 2);
        tryRead("three, index 3", 3);
        tryRead("three, index -1", -1);
        System.out.println("sum " + sum());
        never = null;
        tryRead("null again, index 1", 1);
        never = new int[0];
        tryRead("empty, index 0", 0);
        try {
            empty[0] = 1;
        } catch (ArrayIndexOutOfBoundsException e) {
            System.out.println("empty store: " + e.getMessage());
        }
        try {
            longs[0]++;
        } catch (NullPointerException e) {
            System.out.println("null long increment");
        }
        longs = new long[2];
        longs[1] += 5;
        longs[0]--;
        System.out.println("longs " + longs[0] + " " + longs[1] + " " + longs.length);
        try {
            System.out.println(chars.length);
        } catch (NullPointerException e) {
            System.out.println("null chars length");
        }
        chars = "kiln".toCharArray();
        chars[0] = 'K';
        System.out.println(new String(chars) + " " + chars.length);
        try {
            System.out.println(names[0]);
        } catch (NullPointerException e) {
            System.out.println("null names");
        }
        names = new String[] {"ada", null};
        System.out.println(names[0] + " " + names[1] + " " + names.length);
        names = null;
        try {
            names[1] = "x";
        } catch (NullPointerException e) {
            System.out.println("null names store");
        }
    }
}
