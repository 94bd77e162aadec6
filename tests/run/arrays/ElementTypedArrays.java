// Arrays of classes that the linker gives element-typed Wasm arrays (no other array type of a related
// class in the program): reads without casts, and everything that handles arrays at run time.
public class ElementTypedArrays {
    static abstract class Shape {
        abstract int area();
    }

    static final class Square extends Shape {
        final int side;
        Square(int side) { this.side = side; }
        int area() { return side * side; }
        public String toString() { return "Square(" + side + ")"; }
    }

    static final class Rectangle extends Shape {
        final int width;
        final int height;
        Rectangle(int width, int height) { this.width = width; this.height = height; }
        int area() { return width * height; }
        public String toString() { return "Rectangle(" + width + "x" + height + ")"; }
    }

    static final class Point {
        int x;
        int y;
        Point(int x, int y) { this.x = x; this.y = y; }
    }

    static final class Token {
        final String text;
        Token(String text) { this.text = text; }
    }

    static Shape[] shapes(int count) {
        Shape[] result = new Shape[count];
        for (int i = 0; i < count; i++) {
            result[i] = i % 2 == 0 ? new Square(i + 1) : new Rectangle(i + 1, i + 2);
        }
        return result;
    }

    static int totalArea(Shape[] shapes) {
        int total = 0;
        for (Shape shape : shapes) {
            if (shape != null) total += shape.area();
        }
        return total;
    }

    static Object asObject(Object value) {
        return value;
    }

    static String describe(Object value) {
        if (value instanceof Point[]) return "points of length " + ((Point[]) value).length;
        if (value instanceof Shape[]) return "shapes of length " + ((Shape[]) value).length;
        if (value instanceof Token[]) return "tokens of length " + ((Token[]) value).length;
        if (value instanceof Point[][]) return "a grid of " + ((Point[][]) value).length + " rows";
        return "something else: " + value.getClass().getName();
    }

    public static void main(String[] args) {
        Shape[] shapes = shapes(5);
        System.out.println("area " + totalArea(shapes));
        shapes[2] = null;
        System.out.println("area without the third " + totalArea(shapes));
        System.out.println(shapes[1] + " " + shapes[4]);

        // Literals, defaults, lengths and class names.
        Point[] points = { new Point(1, 2), new Point(3, 4), null };
        System.out.println(points.length + " " + (points[2] == null) + " " + points[1].y);
        System.out.println(points.getClass().getName() + " " + shapes.getClass().getName());
        System.out.println(points.getClass().getComponentType().getName() + " " + points.getClass().isArray());
        System.out.println(asObject(new Token[0]).getClass().getSimpleName());

        // Tests and casts through Object.
        System.out.println(describe(points));
        System.out.println(describe(shapes));
        System.out.println(describe(new Token[3]));
        System.out.println(describe(new Point[2][3]));
        System.out.println(describe(new int[4]));
        try {
            Point[] wrong = (Point[]) asObject(shapes);
            System.out.println("no exception " + wrong.length);
        } catch (ClassCastException e) {
            System.out.println("ClassCastException");
        }
        Object nothing = null;
        System.out.println("null cast " + ((Point[]) nothing == null));

        // Clones.
        Point[] copy = points.clone();
        copy[0] = new Point(9, 9);
        System.out.println(points[0].x + " " + copy[0].x + " " + (copy[1] == points[1]) + " " + (copy != points));

        // System.arraycopy within one array and between two of the same type, and its failures.
        Shape[] more = shapes(6);
        System.arraycopy(more, 0, more, 1, 5);
        System.out.println(more[0] + " " + more[1] + " " + more[5]);
        Shape[] target = new Shape[3];
        System.arraycopy(shapes, 3, target, 1, 2);
        System.out.println(target[0] + " " + target[1] + " " + target[2]);
        try {
            System.arraycopy(shapes, 4, target, 0, 2);
        } catch (ArrayIndexOutOfBoundsException e) {
            System.out.println(e.getMessage());
        }
        try {
            System.arraycopy(shapes, 0, new int[5], 0, 1);
        } catch (ArrayStoreException e) {
            System.out.println(e.getMessage());
        }
        // Between arrays of unrelated classes, nulls copy and anything else throws.
        Token[] tokens = new Token[3];
        Point[] empty = new Point[3];
        System.arraycopy(empty, 0, tokens, 0, 3);
        System.out.println("copied nulls " + tokens[0]);
        tokens[0] = new Token("a");
        Point[] mixed = { null, new Point(1, 1) };
        try {
            System.arraycopy(mixed, 0, tokens, 0, 2);
        } catch (ArrayStoreException e) {
            System.out.println(e.getMessage() + ", first copied: " + (tokens[0] == null));
        }


        // Two dimensions: rows are element-typed arrays.
        Point[][] grid = new Point[3][2];
        for (int row = 0; row < grid.length; row++) {
            for (int column = 0; column < grid[row].length; column++) {
                grid[row][column] = new Point(row, column);
            }
        }
        grid[1] = new Point[] { new Point(7, 8) };
        int sum = 0;
        for (Point[] row : grid) {
            for (Point point : row) sum += point.x * 10 + point.y;
        }
        System.out.println("grid sum " + sum + " " + grid.getClass().getName() + " " + grid[0].getClass().getName());

        // Out of bounds and null arrays.
        try {
            System.out.println(points[3]);
        } catch (ArrayIndexOutOfBoundsException e) {
            System.out.println(e.getMessage());
        }
        Token[] missing = args.length > 100 ? tokens : null;
        try {
            System.out.println(missing[0]);
        } catch (NullPointerException e) {
            System.out.println("NullPointerException");
        }
        System.out.println(String.valueOf(points).startsWith("[LElementTypedArrays$Point;@"));
    }
}
