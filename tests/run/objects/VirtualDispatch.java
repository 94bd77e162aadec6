public class VirtualDispatch {
    public static void main(String[] args) {
        Shape[] shapes = {new Square(3), new Rectangle(2, 5), new Cube(2)};
        int i = 0;
        int total = 0;
        while (i < shapes.length) { System.out.println(shapes[i].describe()); total = total + shapes[i].area(); i = i + 1; }
        System.out.println(total);
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
