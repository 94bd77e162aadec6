// Calls that the optimiser devirtualises and inlines, and the ones it must leave alone.
public class Inlining {
    static int rotate(int value, int distance) {
        return (value >>> distance) | (value << (32 - distance));
    }

    static long mix(long a, int b) {
        return a * 31 + b;
    }

    static int factorial(int n) {
        return n <= 1 ? 1 : n * factorial(n - 1);
    }

    // Small, and calling itself twice: inlined into itself, and into that copy again.
    static int fibonacci(int n) {
        return n < 2 ? n : fibonacci(n - 1) + fibonacci(n - 2);
    }

    static int[] digits = {1, 2, 3, 4};
    static int visits = 0;

    // Recursive and too big for an ordinary inline, but small enough to be inlined into itself once: the
    // copy has its own loop, its own early return and its own calls, and the array it permutes is shared.
    static int countOrders(int n) {
        visits++;
        if (n <= 1) {
            return digits[3];
        }
        int total = 0;
        for (int i = n - 1; i >= 0; i--) {
            swapDigits(i, n - 1);
            total = total * 3 + countOrders(n - 1);
            swapDigits(i, n - 1);
        }
        return total;
    }

    static void swapDigits(int i, int j) {
        int saved = digits[i];
        digits[i] = digits[j];
        digits[j] = saved;
    }

    static int firstPositive(int a, int b) {
        if (a > 0) {
            return a;
        }
        if (b > 0) {
            return b;
        }
        return -1;
    }

    static abstract class Shape {
        abstract double area();

        String name() {
            return "shape";
        }
    }

    static final class Square extends Shape {
        final double side;

        Square(double side) {
            this.side = side;
        }

        double area() {
            return side * side;
        }

        String name() {
            return "square";
        }
    }

    static class Point {
        private int x;
        private int y;

        Point(int x, int y) {
            this.x = x;
            this.y = y;
        }

        int getX() {
            return x;
        }

        int getY() {
            return y;
        }

        void setX(int x) {
            this.x = x;
        }
    }

    static class Base {
        int count;

        Base() {
            count = 1;
        }
    }

    static class Derived extends Base {
        Derived() {
            super();
            count += 10;
        }
    }

    interface Greeter {
        String greet(String name);
    }

    static class Hello implements Greeter {
        public String greet(String name) {
            return "hello " + name;
        }
    }

    static class Bye implements Greeter {
        public String greet(String name) {
            return "bye " + name;
        }
    }

    static class Config {
        static int limit;

        static {
            limit = 42;
        }

        static int limit() {
            return limit;
        }
    }

    static int sideEffects = 0;

    static int tick() {
        sideEffects = sideEffects + 1;
        return sideEffects;
    }

    public static void main(String[] args) {
        System.out.println(rotate(0x12345678, 8));
        System.out.println(mix(1L << 40, -3));
        System.out.println(factorial(10));
        System.out.println(fibonacci(20) + " " + fibonacci(1) + " " + fibonacci(0));
        System.out.println(countOrders(4) + " " + visits + " " + digits[0] + digits[1] + digits[2] + digits[3]);
        System.out.println(firstPositive(-1, 5) + " " + firstPositive(3, 5) + " " + firstPositive(-1, -2));
        Shape shape = new Square(3.0);
        System.out.println(shape.name() + " " + shape.area());
        Point p = new Point(2, 3);
        p.setX(p.getX() + p.getY());
        System.out.println(p.getX());
        System.out.println(new Derived().count);
        Greeter[] greeters = new Greeter[] { new Hello(), new Bye() };
        for (int i = 0; i < greeters.length; i++) {
            System.out.println(greeters[i].greet("ada"));
        }
        System.out.println(Config.limit());
        Point missing = args.length > 100 ? p : null;
        try {
            System.out.println(missing.getX());
        } catch (NullPointerException e) {
            System.out.println("npe");
        }
        System.out.println(mix(tick(), tick()) + " " + sideEffects);
        int[] squares = new int[5];
        int total = 0;
        for (int i = 0; i < squares.length; i++) {
            squares[i] = i * i;
            total += squares[i];
        }
        System.out.println(total);
        int[] maybe = new int[1];
        if (args.length == 0) {
            maybe = null;
        }
        try {
            maybe[0] = 1;
            System.out.println("stored");
        } catch (NullPointerException e) {
            System.out.println("npe again");
        }
    }
}
