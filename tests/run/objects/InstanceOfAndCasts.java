public class InstanceOfAndCasts {
    public static void main(String[] args) {
        Object[] items = {new Square(2), "text", new Rectangle(1, 2), null};
        int i = 0;
        while (i < items.length) {
            Object item = items[i];
            if (item instanceof Shape) System.out.println("shape of area " + ((Shape) item).area());
            else if (item instanceof String) System.out.println("string " + (String) item);
            else System.out.println("something else");
            System.out.println(item instanceof Square);
            i = i + 1;
        }
    }
}

abstract class Shape {
    abstract int area();
    String name() { return "shape"; }
    String describe() { return name() + " with area " + area(); }
}
class Square extends Shape {
    final int side;
    Square(int side) { this.side = side; }
    int area() { return side * side; }
    String name() { return "square"; }
}
class Rectangle extends Shape {
    final int width;
    final int height;
    Rectangle(int width, int height) { this.width = width; this.height = height; }
    int area() { return width * height; }
}
class Cube extends Square {
    Cube(int side) { super(side); }
    int area() { return 6 * super.area(); }
    String name() { return "cube, a " + super.name(); }
}
