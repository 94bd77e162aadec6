public class ImmutablePoint {
    static final class Point {
        private final double x, y;
        static final Point ORIGIN = new Point(0, 0);
        Point(double x, double y) { this.x = x; this.y = y; }
        Point plus(Point o) { return new Point(x + o.x, y + o.y); }
        Point scale(double k) { return new Point(x * k, y * k); }
        double distance(Point o) { return Math.hypot(x - o.x, y - o.y); }
        double dot(Point o) { return x * o.x + y * o.y; }
        @Override public boolean equals(Object o) {
            if (!(o instanceof Point)) return false;
            Point p = (Point) o;
            return Double.compare(x, p.x) == 0 && Double.compare(y, p.y) == 0;
        }
        @Override public int hashCode() { return 31 * Double.hashCode(x) + Double.hashCode(y); }
        @Override public String toString() { return "(" + x + ", " + y + ")"; }
    }

    public static void main(String[] args) {
        Point a = new Point(3, 4), b = new Point(-1, 2.5);
        System.out.println(a.plus(b) + " " + a.scale(0.5) + " " + a.distance(Point.ORIGIN) + " " + a.dot(b));
        System.out.println(a.equals(new Point(3.0, 4.0)) + " " + a.equals(b) + " " + (a.hashCode() == new Point(3, 4).hashCode()));
        Point sum = Point.ORIGIN;
        for (int i = 1; i <= 4; i++) sum = sum.plus(new Point(i, -i / 2.0));
        System.out.println(sum + " " + sum.distance(a));
        System.out.println(new Point(0.0, -0.0).equals(Point.ORIGIN));
    }
}
