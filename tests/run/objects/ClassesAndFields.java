public class ClassesAndFields {
    public static void main(String[] args) {
        Point p = new Point(3, 4);
        System.out.println(p.x);
        System.out.println(p.getY());
        System.out.println(p.lengthSquared());
        p.x = 10;
        p.move(1, 1);
        System.out.println(p.describe());
        Point q = p.plus(new Point(100, 200));
        System.out.println(q.describe());
    }
}

class Point {
    int x;
    int y;
    Point(int x, int y) { this.x = x; this.y = y; }
    int getY() { return y; }
    int lengthSquared() { return x * x + y * y; }
    void move(int dx, int dy) { x = x + dx; y = y + dy; }
    Point plus(Point other) { return new Point(x + other.x, y + other.y); }
    String describe() { return "(" + x + ", " + y + ")"; }
}
