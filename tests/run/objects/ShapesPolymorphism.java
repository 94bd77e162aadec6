public class ShapesPolymorphism {
    static abstract class Shape implements Comparable<Shape> {
        abstract double area();
        abstract double perimeter();
        String name() { return getClass().getSimpleName(); }
        public int compareTo(Shape other) { return Double.compare(area(), other.area()); }
        public String toString() { return String.format("%s[area=%.2f, perimeter=%.2f]", name(), area(), perimeter()); }
    }

    static class Circle extends Shape {
        final double r;
        Circle(double r) { this.r = r; }
        double area() { return Math.PI * r * r; }
        double perimeter() { return 2 * Math.PI * r; }
    }

    static class Rectangle extends Shape {
        final double w, h;
        Rectangle(double w, double h) { this.w = w; this.h = h; }
        double area() { return w * h; }
        double perimeter() { return 2 * (w + h); }
    }

    static class Square extends Rectangle {
        Square(double side) { super(side, side); }
        String name() { return "Square(" + w + ")"; }
    }

    static class Triangle extends Shape {
        final double a, b, c;
        Triangle(double a, double b, double c) { this.a = a; this.b = b; this.c = c; }
        double perimeter() { return a + b + c; }
        double area() {
            double s = perimeter() / 2;
            return Math.sqrt(s * (s - a) * (s - b) * (s - c));
        }
    }

    public static void main(String[] args) {
        Shape[] shapes = {new Circle(1), new Rectangle(2, 3.5), new Square(2), new Triangle(3, 4, 5), new Circle(0.5)};
        java.util.Arrays.sort(shapes);
        double total = 0;
        for (Shape s : shapes) {
            System.out.println(s);
            total += s.area();
        }
        System.out.printf("total area %.3f%n", total);
        int rectangles = 0;
        for (Shape s : shapes) if (s instanceof Rectangle) rectangles++;
        System.out.println("rectangles " + rectangles + ", largest " + shapes[shapes.length - 1].name());
    }
}
