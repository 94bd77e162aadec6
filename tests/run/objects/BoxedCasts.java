// Casts of boxed primitives to reference types they are not (and are): ClassCastException with the JVM's message.
import java.util.*;

public class BoxedCasts {
    static Object longBox = 5L;
    static Object stringValue = "text";
    static short shortValue = 3;
    static double doubleValue = 0.1;

    static void attempt(String label, Runnable action) {
        try {
            action.run();
            System.out.println(label + ": passed");
        } catch (ClassCastException e) {
            System.out.println(label + ": " + e.getMessage());
        }
    }

    static Object pick(int i) {
        switch (i) {
            case 0: return 1;
            case 1: return 2L;
            case 2: return 'c';
            case 3: return 1.5f;
            case 4: return "s";
            case 5: return true;
            case 6: return (byte) 4;
            default: return new ArrayList<Integer>();
        }
    }

    public static void main(String[] args) {
        if (args.length > 5) {
            longBox = "changed";
        }
        attempt("short as String", () -> System.out.println(((String) (Object) shortValue).length()));
        attempt("double as String", () -> System.out.println((String) (Object) doubleValue));
        attempt("Long field as String", () -> System.out.println((String) longBox));
        attempt("byte as Float", () -> System.out.println((Float) (Object) (byte) 3));
        attempt("Long field as Double", () -> System.out.println((Double) longBox));
        attempt("Long field as Integer", () -> System.out.println(((Integer) longBox).intValue()));
        attempt("String as Integer", () -> System.out.println((Integer) stringValue));
        attempt("long as Comparable", () -> System.out.println(((Comparable<Long>) (Object) 3L).compareTo(2L)));
        attempt("int as Number", () -> System.out.println(((Number) (Object) 7).doubleValue()));
        attempt("char as Character", () -> System.out.println((Character) (Object) 'x'));
        attempt("boolean as Comparable", () -> System.out.println(((Comparable<Boolean>) (Object) true).compareTo(false)));
        attempt("int as List", () -> System.out.println(((List<?>) (Object) 7).size()));
        for (int i = 0; i < 8; i++) {
            final int index = i;
            attempt("pick " + i + " as Integer", () -> System.out.println((Integer) pick(index)));
            attempt("pick " + i + " as String", () -> System.out.println((String) pick(index)));
            attempt("pick " + i + " as Number", () -> System.out.println((Number) pick(index)));
            attempt("pick " + i + " as Comparable", () -> System.out.println((Comparable<?>) pick(index)));
            attempt("pick " + i + " as CharSequence", () -> System.out.println((CharSequence) pick(index)));
            attempt("pick " + i + " as List", () -> System.out.println((List<?>) pick(index)));
        }
    }
}
