public class ExceptionChaining {
    static class ValidationException extends Exception {
        final int code;
        ValidationException(String message, int code) {
            super(message);
            this.code = code;
        }
    }

    static class WrappedException extends RuntimeException {
        WrappedException(String message, Throwable cause) { super(message, cause); }
    }

    static int parsePositive(String text) throws ValidationException {
        int value;
        try {
            value = Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new ValidationException("not a number: " + text, 1);
        }
        if (value <= 0) throw new ValidationException("not positive: " + value, 2);
        return value;
    }

    static int load(String text) {
        try {
            return parsePositive(text);
        } catch (ValidationException e) {
            throw new WrappedException("load failed", e);
        }
    }

    public static void main(String[] args) {
        String[] inputs = {"42", "-7", "abc", "0"};
        for (String input : inputs) {
            try {
                System.out.println("loaded " + load(input));
            } catch (WrappedException e) {
                Throwable cause = e.getCause();
                System.out.println(e.getMessage() + " <- " + cause.getMessage() + " code " + ((ValidationException) cause).code);
                System.out.println("  " + e);
                System.out.println("  " + cause);
                System.out.println("  " + (cause.getCause() == null));
            }
        }
        RuntimeException plain = new RuntimeException();
        System.out.println(plain.getMessage() + " " + plain);
        Exception withCause = new RuntimeException(new IllegalStateException("root"));
        System.out.println(withCause.getMessage() + " | " + withCause.getCause());
        Throwable t = new Error("fatal");
        System.out.println(t + " " + (t instanceof Exception) + " " + (t instanceof Throwable));
    }
}
