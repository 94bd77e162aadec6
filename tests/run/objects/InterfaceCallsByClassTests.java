// Interface calls with a few implementations, which Kiln dispatches by testing the receiver's class:
// lambdas, a user interface, an interface that strings also implement, null receivers.
import java.util.function.IntUnaryOperator;

public class InterfaceCallsByClassTests {
    interface Shape {
        int area();
        default String describe() { return "shape of area " + area(); }
    }

    static final class Square implements Shape {
        final int side;
        Square(int side) { this.side = side; }
        public int area() { return side * side; }
    }

    static final class Rectangle implements Shape {
        final int width, height;
        Rectangle(int width, int height) { this.width = width; this.height = height; }
        public int area() { return width * height; }
        public String describe() { return "rectangle " + width + "x" + height; }
    }

    static final class Disc implements Shape {
        final int radius;
        Disc(int radius) { this.radius = radius; }
        public int area() { return 3 * radius * radius; }
    }

    // Implemented by user classes and by java.lang.String: the call keeps its itable.
    static final class Word implements CharSequence {
        final String text;
        Word(String text) { this.text = text; }
        public int length() { return text.length(); }
        public char charAt(int index) { return text.charAt(index); }
        public CharSequence subSequence(int start, int end) { return new Word(text.substring(start, end)); }
        public String toString() { return text; }
    }

    static int apply(IntUnaryOperator operator, int value) {
        return operator.applyAsInt(value);
    }

    static int totalLength(CharSequence[] sequences) {
        int total = 0;
        for (CharSequence sequence : sequences) total += sequence.length();
        return total;
    }

    public static void main(String[] args) {
        Shape[] shapes = { new Square(3), new Rectangle(2, 5), new Disc(2), new Square(1) };
        int total = 0;
        for (Shape shape : shapes) {
            total += shape.area();
            System.out.println(shape.describe());
        }
        System.out.println("total " + total);

        int offset = 7;
        IntUnaryOperator[] operators = { x -> x + 1, x -> x * x, x -> x - offset };
        for (IntUnaryOperator operator : operators) System.out.println("applied " + apply(operator, 5));

        CharSequence[] sequences = { "abc", new Word("hello"), new StringBuilder("xy") };
        System.out.println("lengths " + totalLength(sequences));

        Shape nothing = shapes.length > 10 ? shapes[0] : null;
        try {
            System.out.println(nothing.area());
        } catch (NullPointerException e) {
            System.out.println("null shape");
        }
        IntUnaryOperator none = shapes.length > 10 ? operators[0] : null;
        try {
            System.out.println(apply(none, 1));
        } catch (NullPointerException e) {
            System.out.println("null operator");
        }
    }
}
