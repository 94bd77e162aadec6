// Objects that the optimiser never allocates (their fields live in locals), and every way an object
// can escape and so must stay an object.
public class ScalarReplacement {
    static final class Vec {
        final double x, y, z;

        Vec(double x, double y, double z) {
            this.x = x;
            this.y = y;
            this.z = z;
        }

        Vec plus(Vec other) {
            return new Vec(x + other.x, y + other.y, z + other.z);
        }

        Vec minus(Vec other) {
            return new Vec(x - other.x, y - other.y, z - other.z);
        }

        Vec times(double factor) {
            return new Vec(x * factor, y * factor, z * factor);
        }

        double dot(Vec other) {
            return x * other.x + y * other.y + z * other.z;
        }

        Vec cross(Vec other) {
            return new Vec(y * other.z - z * other.y, z * other.x - x * other.z, x * other.y - y * other.x);
        }

        double length() {
            return Math.sqrt(dot(this));
        }

        public String toString() {
            return "(" + x + ", " + y + ", " + z + ")";
        }
    }

    // Mutable fields, one the constructor leaves at its zero value.
    static final class Counter {
        int count;
        long total;
        boolean touched;
        String label;

        Counter(int start) {
            this.count = start;
            this.total = start * 2L;
        }
    }

    static final class Pair {
        final int first;
        final int second;

        Pair(int first, int second) {
            this.first = first;
            this.second = second;
        }
    }

    // A class whose static initializer must run although no instance escapes (only creating one makes
    // the class used).
    static final class Noisy {
        static {
            initialised = true;
        }

        final int value;

        Noisy(int value) {
            this.value = value;
        }
    }

    static final class Base {
        int tag;
    }

    static final class Holder {
        Vec kept;
    }

    static int calls;
    static boolean initialised;

    static int next() {
        calls++;
        System.out.println("next " + calls);
        return calls;
    }

    static Vec stored;

    static double arithmetic() {
        Vec a = new Vec(1.5, -2.0, 3.25);
        Vec b = new Vec(0.5, 4.0, -1.0);
        double dot = a.minus(b).dot(a.plus(b));
        Vec normal = a.cross(b);
        double len = a.plus(b).times(0.5).length();
        return dot + normal.dot(normal) + len;
    }

    static int loop(int n) {
        int sum = 0;
        for (int i = 0; i < n; i++) {
            Pair p = new Pair(i, i * i);
            sum += p.first + p.second;
        }
        return sum;
    }

    static String counter() {
        Counter c = new Counter(5);
        c.count += 3;
        c.total -= c.count;
        if (c.count > 7) c.touched = true;
        return c.count + " " + c.total + " " + c.touched + " " + c.label;
    }

    static String order() {
        Pair p = new Pair(next(), next());
        return p.first + "," + p.second;
    }

    static String argumentThrows(int zero) {
        try {
            Pair p = new Pair(next(), 10 / zero);
            return "unreachable " + p.first;
        } catch (ArithmeticException e) {
            return "caught " + e.getMessage() + " after " + calls;
        }
    }

    static String escapes() {
        StringBuilder out = new StringBuilder();
        Vec returned = new Vec(1, 2, 3).plus(new Vec(1, 1, 1));
        out.append(returned).append(' ');
        Vec kept = new Vec(7, 8, 9);
        stored = kept;
        out.append(stored == kept).append(' ');
        Holder holder = new Holder();
        Vec inHolder = new Vec(4, 5, 6);
        holder.kept = inHolder;
        out.append(holder.kept.y).append(' ');
        Vec[] array = new Vec[1];
        Vec inArray = new Vec(-1, -2, -3);
        array[0] = inArray;
        out.append(array[0].z).append(' ');
        Vec compared = new Vec(0, 0, 0);
        out.append(compared == stored).append(' ');
        Object tested = new Vec(1, 0, 0);
        out.append(tested instanceof Vec).append(' ');
        Vec captured = new Vec(3, 3, 3);
        java.util.function.DoubleSupplier supplier = () -> captured.x + captured.y;
        out.append(supplier.getAsDouble()).append(' ');
        Vec concatenated = new Vec(2, 2, 2);
        out.append("v=" + concatenated);
        return out.toString();
    }

    static String reassigned(boolean flag) {
        Vec v = new Vec(1, 1, 1);
        double before = v.x;
        if (flag) v = null;
        try {
            return before + " " + v.y;
        } catch (NullPointerException e) {
            return before + " NPE";
        }
    }

    static int noisy() {
        Noisy n = new Noisy(41);
        return n.value + (initialised ? 1 : 0);
    }

    static int zeroed() {
        Base b = new Base();
        b.tag += 4;
        return b.tag;
    }

    static double chosen(boolean which) {
        Vec a = new Vec(1, 2, 3);
        Vec b = new Vec(4, 5, 6);
        Vec c = which ? a : b;
        return c.x + a.y + b.z;
    }

    public static void main(String[] args) {
        System.out.println("arithmetic " + arithmetic());
        System.out.println("loop " + loop(10));
        System.out.println("counter " + counter());
        System.out.println("order " + order());
        System.out.println("argumentThrows " + argumentThrows(0));
        System.out.println("escapes " + escapes());
        System.out.println("reassigned " + reassigned(false) + " / " + reassigned(true));
        System.out.println("noisy " + noisy());
        System.out.println("zeroed " + zeroed());
        System.out.println("chosen " + chosen(true) + " " + chosen(false));
    }
}
