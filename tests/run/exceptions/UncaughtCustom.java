package test;

public class UncaughtCustom {
    public static void main(String[] args) {
        System.out.println("working");
        if (true) throw new AppError("boom", 7);
    }
}

class AppError extends RuntimeException {
    final int code;
    AppError(String message, int code) { super(message); this.code = code; }
    int code() { return code; }
}
