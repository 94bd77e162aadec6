public class RemainingOperators {
    static String describe(String s) {
        if (s == null) return "nothing";
        switch (s) {
            case "a": case "b": return "early letter";
            default: return "other " + s;
        }
    }

    public static void main(String[] args) {
        java.io.PrintStream out = System.out;
        long small = 5L, huge = -1L;
        out.println("" + (Long.compareUnsigned(small, huge) < 0) + " " + (Long.compareUnsigned(huge, small) <= 0) + " "
            + (Long.compareUnsigned(huge, huge) >= 0) + " " + (Long.compareUnsigned(small, huge) > 0));
        Object thing = new Object();
        out.println(System.identityHashCode(thing) == System.identityHashCode(thing));
        out.println(System.identityHashCode(thing) == thing.hashCode());
        out.println(System.identityHashCode(null) == 0);
        Throwable problem = new IllegalStateException("wrapped");
        Throwable wrapped = problem;
        out.println(wrapped);
        Object unwrapped = wrapped;
        out.println(unwrapped == problem);
        try {
            throw problem;
        } catch (Throwable e) {
            out.println("caught " + e.getMessage());
        }
        Object ints = java.lang.reflect.Array.newInstance(int.class, 3);
        out.println(((int[]) ints).length + " " + ints.getClass().getName());
        out.println(describe(null));
        out.println(describe("b"));
        out.println(describe("z"));
    }
}
