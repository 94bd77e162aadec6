public class TryFinally {
    static void say(String text) { System.out.println(text); }
    static int early(int n) {
        try {
            if (n > 0) return n * 10;
            say("not early");
        } finally {
            say("finally of early " + n);
        }
        return -1;
    }
    static int nested() {
        try {
            try {
                return 7;
            } finally {
                say("inner finally");
            }
        } finally {
            say("outer finally");
        }
    }
    static void thrower() {
        try {
            throw new IllegalStateException("broken");
        } finally {
            say("finally before the exception leaves");
        }
    }
    public static void main(String[] args) {
        int value;
        try {
            say("in try");
            value = 42;
        } finally {
            say("in finally");
        }
        System.out.println(value);
        System.out.println(early(3));
        System.out.println(early(0));
        System.out.println(nested());
        try { thrower(); } catch (RuntimeException e) { say("caught " + e.getMessage()); }
        int i = 0;
        while (true) {
            try {
                i = i + 1;
                if (i == 3) break;
            } finally {
                say("iteration " + i);
            }
        }
        try {
            try {
                throw new RuntimeException("first");
            } catch (RuntimeException e) {
                say("handler");
                throw new RuntimeException("second");
            } finally {
                say("finally after handler");
            }
        } catch (RuntimeException e) {
            say("outer caught " + e.getMessage());
        }
    }
}
