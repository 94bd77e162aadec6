public class FinallyOrdering {
    static StringBuilder trace = new StringBuilder();

    @SuppressWarnings("finally")
    static int overriddenReturn() {
        try {
            trace.append("try ");
            return 1;
        } finally {
            trace.append("finally ");
            return 2;
        }
    }

    static int valueBeforeFinally() {
        int x = 10;
        try {
            return x;
        } finally {
            x = 20;
            trace.append("x=" + x + " ");
        }
    }

    static String loopWithFinally() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 5; i++) {
            try {
                if (i == 1) continue;
                if (i == 3) break;
                sb.append("body").append(i).append(' ');
            } finally {
                sb.append("fin").append(i).append(' ');
            }
        }
        return sb.toString().trim();
    }

    static void nested(int mode) {
        try {
            try {
                trace.append("inner ");
                if (mode == 1) throw new IllegalStateException("one");
                if (mode == 2) throw new IllegalArgumentException("two");
            } catch (IllegalStateException e) {
                trace.append("caught-inner:" + e.getMessage() + " ");
            } finally {
                trace.append("inner-finally ");
            }
            trace.append("after-inner ");
        } catch (RuntimeException e) {
            trace.append("caught-outer:" + e.getMessage() + " ");
        } finally {
            trace.append("outer-finally");
        }
    }

    public static void main(String[] args) {
        System.out.println(overriddenReturn() + " " + trace);
        trace.setLength(0);
        System.out.println(valueBeforeFinally() + " " + trace);
        System.out.println(loopWithFinally());
        for (int mode = 0; mode < 3; mode++) {
            trace.setLength(0);
            nested(mode);
            System.out.println(mode + ": " + trace);
        }
    }
}
