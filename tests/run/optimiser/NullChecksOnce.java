// Dereferences of the same local in one block, where the first null check decides for the rest: the
// exception must come at the same point, after the same side effects, as on the JVM.
public class NullChecksOnce {
    static final class Point {
        int x, y;
        Point next;
        Point(int x, int y) { this.x = x; this.y = y; }
        int sum() { return x + y; }
        int scaled(int factor) { return (x + y) * factor + effects; }
    }

    static int effects;

    static final class Config {
        static int limit;

        static {
            System.out.println("Config initialised");
            limit = 5;
        }
    }

    static final class Settings {
        static int scale;

        static {
            System.out.println("Settings initialised");
            scale = 3;
        }
    }

    static int callWithStatic(Point a) {
        return a.scaled(Settings.scale);
    }

    static int[] table;
    static Point origin;

    static void replaceTable() {
        table = new int[] {7, 8};
        origin = null;
    }

    static int staticReads(int i, int j) {
        int saved = table[i];
        table[i] = table[j];
        table[j] = saved;
        int before = table[0] + table.length + origin.x + origin.y;
        replaceTable();
        return before * 1000 + table[0] + table.length + table[1] + (origin == null ? 0 : origin.x);
    }

    static int afterInitialisation(Point a) {
        int first = Config.limit + a.x;
        return first + a.y * a.x;
    }

    static int effect(int value) {
        effects++;
        System.out.println("effect " + value);
        return value;
    }

    static int distance(Point a, Point b) {
        int dx = a.x - b.x;
        int dy = a.y - b.y;
        return dx * dx + dy * dy;
    }

    static int storeAfterValue(Point a) {
        a.x = effect(1);
        a.y = effect(2);
        return a.x + a.y;
    }

    static int readThenReassign(Point a) {
        int first = a.x + a.y;
        a = a.next;
        int second = a.x + a.y;
        return first * 100 + second;
    }

    static int callsOnLocal(Point p, int n) {
        int total = 0;
        for (int i = 0; i < n; i++) {
            total += p.sum() + p.x * i;
        }
        return total;
    }

    static int arrays(int[] values, int[] other) {
        int total = values.length + other.length;
        for (int i = 0; i < other.length; i++) {
            total += values[i] * other[i];
        }
        return total;
    }

    static int walk(Point start) {
        int total = 0;
        Point current = start;
        while (current != null) {
            total += current.x * current.y;
            current = current.next;
        }
        return total;
    }

    static int guarded(Point p) {
        if (p == null) {
            return -1;
        }
        return p.x + p.y + p.sum();
    }

    static int nested(Point[] points) {
        int total = 0;
        for (int i = 0; i < points.length; i++) {
            Point a = points[i];
            for (int j = i + 1; j < points.length; j++) {
                Point b = points[j];
                total += a.x * b.y - a.y * b.x + (a.next == b ? 1 : 0);
            }
        }
        return total;
    }

    static int linked(Point start, int limit) {
        int total = 0;
        int steps = 0;
        Point current;
        while ((current = start) != null && steps < limit) {
            total += current.x * 3 + current.y * current.x - steps;
            if (current.next != null) {
                Point after = current.next;
                total += after.x + after.y * 2 + after.sum();
            }
            start = current.next;
            steps++;
            total ^= current.x << 1;
        }
        return total * 31 + steps;
    }

    static String describe(Point p, Point q) {
        StringBuilder text = new StringBuilder();
        if (p != null) {
            text.append(p.x).append(',').append(p.y);
            p = q;
            text.append(" then ").append(p.x);
        } else {
            text.append("none");
        }
        if (q == null) {
            text.append(" no q");
        } else {
            text.append(" q ").append(q.x + q.y).append(q.sum());
        }
        return text.toString();
    }

    static int guardThenLoop(Point[] points, int from) {
        if (points == null) {
            throw new IllegalArgumentException("no points");
        }
        int total = 0;
        for (int i = from; i < points.length; i++) {
            Point p = points[i];
            if (p == null) {
                total -= 1;
                continue;
            }
            total += p.x * p.y + p.sum() - p.x;
        }
        return total + points.length;
    }

    static String attempt(String label, Runnable action) {
        try {
            action.run();
            return label + ": ok";
        } catch (NullPointerException e) {
            return label + ": NullPointerException after " + effects + " effects";
        }
    }

    public static void main(String[] args) {
        Point a = new Point(3, 4);
        Point b = new Point(1, 7);
        a.next = b;
        b.next = new Point(5, 5);
        System.out.println(distance(a, b));
        System.out.println(storeAfterValue(a));
        System.out.println(readThenReassign(a));
        System.out.println(callsOnLocal(b, 10));
        System.out.println(arrays(new int[] {1, 2, 3, 4}, new int[] {5, 6, 7}));
        System.out.println(walk(a));
        System.out.println(guarded(a) + " " + guarded(null));
        System.out.println(nested(new Point[] {a, b, b.next, new Point(-2, 9)}));
        System.out.println(attempt("distance null first", () -> distance(null, b)));
        System.out.println(attempt("distance null second", () -> distance(a, null)));
        System.out.println(attempt("store null", () -> storeAfterValue(null)));
        System.out.println(attempt("reassign to null", () -> readThenReassign(b.next)));
        System.out.println(attempt("calls null", () -> callsOnLocal(null, 3)));
        System.out.println(attempt("calls null, no iteration", () -> callsOnLocal(null, 0)));
        System.out.println(attempt("arrays null first", () -> arrays(null, new int[2])));
        System.out.println(attempt("arrays null second", () -> arrays(new int[2], null)));
        System.out.println(attempt("arrays too short", () -> {
            try {
                arrays(new int[1], new int[3]);
            } catch (ArrayIndexOutOfBoundsException e) {
                System.out.println("index out of bounds");
            }
        }));
        System.out.println(attempt("nested null", () -> nested(new Point[] {a, null, b})));
        System.out.println(attempt("nested null last", () -> nested(new Point[] {a, b, null})));
        System.out.println(linked(a, 10) + " " + linked(a, 1) + " " + linked(null, 5));
        System.out.println(describe(a, b) + "; " + describe(null, b) + "; " + describe(b, b.next));
        System.out.println(guardThenLoop(new Point[] {a, null, b, b.next}, 0) + " " + guardThenLoop(new Point[0], 0));
        System.out.println(attempt("describe q null", () -> System.out.println(describe(a, null))));
        System.out.println(attempt("guard", () -> {
            try {
                guardThenLoop(null, 0);
            } catch (IllegalArgumentException e) {
                System.out.println("illegal: " + e.getMessage());
            }
        }));
        System.out.println(attempt("guard negative", () -> {
            try {
                guardThenLoop(new Point[] {a}, -1);
            } catch (ArrayIndexOutOfBoundsException e) {
                System.out.println("index out of bounds");
            }
        }));
        System.out.println(attempt("initialisation first", () -> afterInitialisation(null)));
        System.out.println(afterInitialisation(a));
        System.out.println(attempt("initialisation in an argument", () -> callWithStatic(null)));
        System.out.println(callWithStatic(b));
        table = new int[] {1, 2, 3};
        origin = new Point(4, 5);
        System.out.println(staticReads(0, 2));
        System.out.println(attempt("static origin null", () -> staticReads(0, 1)));
        table = null;
        System.out.println(attempt("static table null", () -> staticReads(0, 1)));
        System.out.println("effects " + effects);
    }
}
