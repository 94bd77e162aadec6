package test;

public class NestedTry {
    public static void main(String[] args) {
        try {
            try {
                throw new AppError("inner", 1);
            } catch (RuntimeException e) {
                System.out.println("inner handler: " + e.getMessage());
                throw new AppError("outer", 2);
            }
        } catch (RuntimeException e) {
            System.out.println("outer handler: " + e.getMessage());
        }
        int attempts = 0;
        boolean done = false;
        while (!done) {
            try {
                attempts = attempts + 1;
                if (attempts < 3) throw new IllegalStateException("attempt " + attempts);
                done = true;
            } catch (RuntimeException e) {
                System.out.println(e.getMessage());
            }
        }
        System.out.println(attempts);
    }
}

class AppError extends RuntimeException {
    final int code;
    AppError(String message, int code) { super(message); this.code = code; }
    int code() { return code; }
}
