// Static fields that their class's initializer sets once to a constant are read as the constant; fields
// assigned elsewhere, assigned twice, or computed by a call stay fields.
public class StaticConstants {
    static final int HELD = 4;
    static final int NOT_HELD = ~HELD;
    static final int MASK = HELD * 2 + 1;
    static final long BIG = 1L << 40;
    static final double RATIO = 1.5;
    static final char LETTER = 'k';
    static final boolean ENABLED = true;
    static final byte SMALL = (byte) 200;
    static final short MEDIUM = (short) 40000;
    static final String GREETING = "hello";
    static final String BOTH = GREETING + " " + HELD;
    static final int COMPUTED = compute();
    static final int AFTER_CALL = 9;
    static int counter = 1;
    static int twice = 1;

    static int compute() {
        // Runs in the initializer, before AFTER_CALL is assigned: it still reads the field.
        return AFTER_CALL + 100;
    }

    static int step(int state) {
        if ((state & HELD) != 0) return state & NOT_HELD;
        return state | HELD;
    }

    public static void main(String[] args) {
        twice = 2;
        counter++;
        int state = 0;
        for (int i = 0; i < 5; i++) state = step(state) + (i & MASK);
        System.out.println(state + " " + NOT_HELD + " " + MASK);
        System.out.println(BIG + " " + RATIO * 2 + " " + LETTER + " " + ENABLED + " " + SMALL + " " + MEDIUM);
        System.out.println(GREETING.length() + " " + BOTH);
        System.out.println(COMPUTED + " " + AFTER_CALL + " " + counter + " " + twice);
        switch (state % 3) {
            case 0: System.out.println("zero"); break;
            default: System.out.println("other " + (state % 3 == HELD - 3));
        }
    }
}
