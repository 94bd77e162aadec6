public class RethrowAndWrap {
    static int attempts = 0;

    static int flaky(int n) {
        attempts++;
        if (n % 3 != 0) throw new IllegalStateException("not ready: " + n);
        return n * 10;
    }

    static int retry(int start) {
        for (int n = start; ; n++) {
            try {
                return flaky(n);
            } catch (IllegalStateException e) {
                if (n - start >= 5) throw new RuntimeException("gave up after " + attempts, e);
                System.out.println("retrying after: " + e.getMessage());
            }
        }
    }

    static void validate(int[] values) {
        try {
            for (int i = 0; i <= values.length; i++) {
                if (values[i] < 0) throw new IllegalArgumentException("negative at " + i);
            }
        } catch (ArrayIndexOutOfBoundsException e) {
            System.out.println("walked off the end: " + e.getMessage());
        }
    }

    public static void main(String[] args) {
        System.out.println("result " + retry(1));
        try {
            validate(new int[] {1, 2, 3});
            validate(new int[] {1, -2, 3});
        } catch (IllegalArgumentException e) {
            System.out.println("invalid: " + e.getMessage());
        }
        try {
            Object o = "string";
            Integer i = (Integer) o;
            System.out.println(i);
        } catch (ClassCastException e) {
            System.out.println("cast failed");
        }
        try {
            int[] data = null;
            System.out.println(data.length);
        } catch (NullPointerException e) {
            System.out.println("npe " + (e.getMessage() == null));
        }
        try {
            System.out.println(10 / (attempts - attempts));
        } catch (ArithmeticException e) {
            System.out.println(e);
        }
        System.out.println("attempts " + attempts);
    }
}
