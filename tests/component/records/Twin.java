public class Twin {
  static final class Point { final int x, y; Point(int x, int y) { this.x = x; this.y = y; } }
  static final class Labelled { final String name; final Point at; final double weight; Labelled(String name, Point at, double weight) { this.name = name; this.at = at; this.weight = weight; } }
  static Point moveBy(Point p, int dx, int dy) { return new Point(p.x + dx, p.y + dy); }
  static String describe(Labelled item) { Point at = item.at; return item.name + " at (" + at.x + ", " + at.y + ") weighs " + item.weight + ""; }
  static Point centre(Point[] points) { int x = 0, y = 0; for (int i = 0; i < points.length; i++) { x += points[i].x; y += points[i].y; } return new Point(x / points.length, y / points.length); }
  static Object[] split(String text, int at) { return new Object[] {text.substring(0, at), text.substring(at), text.length()}; }
  static String many(int a, int b, int c, int d, int e, int f, int g, int h, int i, int j, int k, int l, int m, int n, int o, int p, long q, String r) {
    int total = a + b + c + d + e + f + g + h + i + j + k + l + m + n + o + p;
    return r + total + "/" + q;
  }
  public static void main(String[] args) {
    Point moved = moveBy(new Point(3, 4), 10, -20);
    System.out.println(moved.x + "," + moved.y);
    System.out.println(describe(new Labelled("crate", new Point(1, 2), 2.5)));
    Point centre = centre(new Point[] {new Point(0, 0), new Point(10, 20), new Point(20, 40)});
    System.out.println(centre.x + "," + centre.y);
    Object[] parts = split("component", 4);
    System.out.println(parts[0] + "|" + parts[1] + "|" + parts[2]);
    System.out.println(many(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 9000000000L, "sum="));
  }
}
