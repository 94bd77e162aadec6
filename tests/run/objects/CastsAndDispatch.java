// Casts, instanceof and virtual calls over hierarchies whose abstract classes have only final instantiated
// subclasses (tested one class at a time) and ones with an instantiated intermediate class (one cast).
public class CastsAndDispatch {
    public static void main(String[] args) {
        Object[] values = {new Circle(2), new Square(3), "text", null, new Counter(), new LabelledCounter("x")};
        for (int i = 0; i < values.length; i++) {
            Object value = values[i];
            System.out.println(i + ": figure " + (value instanceof Figure) + ", counter " + (value instanceof Counter)
                + ", named " + (value instanceof Named));
            try {
                Figure figure = (Figure) value;
                System.out.println("  as figure: " + (figure == null ? "null" : figure.describe()));
            } catch (ClassCastException exception) {
                System.out.println("  " + exception.getMessage());
            }
            try {
                Counter counter = (Counter) value;
                System.out.println("  as counter: " + (counter == null ? "null" : counter.next() + " " + counter.next()));
            } catch (ClassCastException exception) {
                System.out.println("  " + exception.getMessage());
            }
            if (value instanceof Named) System.out.println("  named " + ((Named) value).name());
            if (value != null) System.out.println("  toString " + value.toString().startsWith("Circle"));
        }
        Figure[] figures = {new Circle(1), new Square(2), new Circle(3)};
        int total = 0;
        for (int round = 0; round < 1000; round++) {
            for (int i = 0; i < figures.length; i++) total += figures[i].area() + figures[i].sides();
        }
        System.out.println("total " + total);
        Counter[] counters = {new Counter(), new LabelledCounter("y"), new Counter()};
        for (int i = 0; i < counters.length; i++) {
            counters[i].next();
            System.out.println(counters[i].label() + " " + counters[i].next());
        }
    }
}

interface Named {
    String name();
}

abstract class Figure implements Named {
    abstract int area();
    int sides() { return 4; }
    String describe() { return name() + " of area " + area() + " and " + sides() + " sides"; }
}

final class Circle extends Figure {
    final int radius;
    Circle(int radius) { this.radius = radius; }
    int area() { return 3 * radius * radius; }
    int sides() { return 0; }
    public String name() { return "circle"; }
    public String toString() { return "Circle(" + radius + ")"; }
}

final class Square extends Figure {
    final int side;
    Square(int side) { this.side = side; }
    int area() { return side * side; }
    public String name() { return "square"; }
}

class Counter {
    int count;
    int next() { count = count + 1; return count; }
    String label() { return "counter"; }
}

final class LabelledCounter extends Counter implements Named {
    final String text;
    LabelledCounter(String text) { this.text = text; }
    int next() { count = count + 10; return count; }
    String label() { return "labelled " + text; }
    public String name() { return text; }
}
