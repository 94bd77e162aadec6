package test;

public class ThrowAndCatch {
    static int check(int value) {
        if (value < 0) throw new IllegalArgumentException("negative");
        return value * 2;
    }
    public static void main(String[] args) {
        try {
            System.out.println("before throw");
            if (true) throw new AppError("disk full", 28);
            System.out.println("not printed");
        } catch (AppError error) {
            System.out.println("caught " + error.getMessage());
            System.out.println(error.code());
            System.out.println(error.toString());
        }
        int result;
        try { result = check(5); } catch (RuntimeException e) { result = -1; }
        System.out.println(result);
        int failed;
        try { failed = check(-5); } catch (RuntimeException e) { failed = -1; }
        System.out.println(failed);
    }
}

class AppError extends RuntimeException {
    final int code;
    AppError(String message, int code) { super(message); this.code = code; }
    int code() { return code; }
}
