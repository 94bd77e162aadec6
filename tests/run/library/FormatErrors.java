// String.format's errors: the Formatter's own exception classes (all IllegalArgumentExceptions) with
// the JVM's messages, for a specifier cut short, an unknown conversion, a missing argument, an argument
// of the wrong type and a precision where none is allowed.
public class FormatErrors {
    static void attempt(String format, Object... arguments) {
        try {
            System.out.println(String.format(format, arguments));
        } catch (IllegalArgumentException e) {
            System.out.println(e.getClass().getName() + ": " + e.getMessage());
        }
    }

    public static void main(String[] args) {
        attempt("abc %");
        attempt("abc %5");
        attempt("%.3");
        attempt("%s");
        attempt("%d %d", 1);
        attempt("%-8s|%5d", "x");
        attempt("%q", 1);
        attempt("%d", "x");
        attempt("%f", 1);
        attempt("%e", "s");
        attempt("%g", 2L);
        attempt("%c", "s");
        attempt("%c", 65);
        attempt("%x", 1.5);
        attempt("%o", 'c');
        attempt("%5.2d", 3);
        attempt("%d%%", 50);
    }
}
