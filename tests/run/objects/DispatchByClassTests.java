// Virtual calls with a few targets, which Kiln dispatches by testing the receiver's class: inherited
// methods, an instantiated class with subclasses, abstract receivers, many leaves, null receivers.
public class DispatchByClassTests {
    static abstract class Shape {
        abstract int area();
        String describe() { return "shape of area " + area(); }
        int sides() { return 0; }
    }

    static final class Square extends Shape {
        final int side;
        Square(int side) { this.side = side; }
        int area() { return side * side; }
        int sides() { return 4; }
    }

    static final class Triangle extends Shape {
        final int base, height;
        Triangle(int base, int height) { this.base = base; this.height = height; }
        int area() { return base * height / 2; }
        int sides() { return 3; }
        String describe() { return "triangle " + base + "x" + height; }
    }

    static final class Circle extends Shape {
        final int radius;
        Circle(int radius) { this.radius = radius; }
        int area() { return 3 * radius * radius; }
    }

    // An instantiated class with a subclass: its instances run its own method, untested.
    static class Counter {
        int count;
        void step() { count += 1; }
        int value() { return count; }
    }

    static final class DoubleCounter extends Counter {
        void step() { count += 2; }
    }

    static final class NoisyCounter extends Counter {
        void step() { count += 10; }
        int value() { return -count; }
    }

    // Six leaves: more than the tests Kiln makes, so the call stays a vtable call.
    static abstract class Digit { abstract int value(); }
    static final class Zero extends Digit { int value() { return 0; } }
    static final class One extends Digit { int value() { return 1; } }
    static final class Two extends Digit { int value() { return 2; } }
    static final class Three extends Digit { int value() { return 3; } }
    static final class Four extends Digit { int value() { return 4; } }
    static final class Five extends Digit { int value() { return 5; } }

    static int evaluations;

    static int argument(int value) {
        evaluations++;
        System.out.println("argument " + value + " evaluated");
        return value;
    }

    static abstract class Scaler {
        abstract int scale(int value);
    }
    static final class Doubler extends Scaler { int scale(int value) { return value * 2; } }
    static final class Negator extends Scaler { int scale(int value) { return -value; } }

    // An erased generic container: reading it casts (checkcast), then the call dispatches.
    static final class Box<T> {
        private final Object[] items;
        Box(int size) { items = new Object[size]; }
        void put(int index, Object item) { items[index] = item; }
        @SuppressWarnings("unchecked")
        T get(int index) { return (T) items[index]; }
    }

    static void fromBoxes() {
        Box<Shape> shapes = new Box<>(5);
        shapes.put(0, new Circle(1));
        shapes.put(1, new Triangle(2, 3));
        shapes.put(2, new Square(5));
        shapes.put(3, null);
        shapes.put(4, "not a shape");
        for (int i = 0; i < 5; i++) {
            try {
                System.out.println("box " + i + ": " + shapes.get(i).area() + " " + shapes.get(i).sides());
            } catch (NullPointerException e) {
                System.out.println("box " + i + ": null");
            } catch (ClassCastException e) {
                System.out.println("box " + i + ": not a shape");
            }
        }
        Box<Scaler> scalers = new Box<>(3);
        scalers.put(0, new Negator());
        scalers.put(1, new Doubler());
        scalers.put(2, Integer.valueOf(7));
        int factor = 5;
        for (int i = 0; i < 3; i++) {
            try {
                // A literal, a local, then an argument with an effect: Java casts before it evaluates that.
                System.out.println("scaler " + i + ": " + scalers.get(i).scale(3) + " " + scalers.get(i).scale(factor)
                        + " " + scalers.get(i).scale(argument(i)));
            } catch (ClassCastException e) {
                System.out.println("scaler " + i + ": not a scaler, after " + evaluations + " evaluations");
            }
        }
    }

    public static void main(String[] args) {
        fromBoxes();
        Shape[] shapes = { new Square(3), new Triangle(4, 5), new Circle(2), new Square(1) };
        int total = 0;
        for (Shape shape : shapes) {
            total += shape.area() * 100 + shape.sides();
            System.out.println(shape.describe());
        }
        System.out.println("total " + total);

        Counter[] counters = { new Counter(), new DoubleCounter(), new NoisyCounter(), new Counter() };
        for (int round = 0; round < 3; round++) {
            for (Counter counter : counters) counter.step();
        }
        for (Counter counter : counters) System.out.println("counter " + counter.value());

        Digit[] digits = { new Five(), new Zero(), new Three(), new One(), new Four(), new Two() };
        int number = 0;
        for (Digit digit : digits) number = number * 10 + digit.value();
        System.out.println("digits " + number);

        Scaler[] scalers = { new Doubler(), new Negator(), null };
        for (Scaler scaler : scalers) {
            try {
                System.out.println("scaled " + scaler.scale(argument(21)));
            } catch (NullPointerException e) {
                System.out.println("null receiver, after " + evaluations + " evaluations");
            }
        }

        Shape nothing = shapes.length > 10 ? shapes[0] : null;
        try {
            System.out.println(nothing.area());
        } catch (NullPointerException e) {
            System.out.println("null shape");
        }
    }
}
