public class CloneableObjects {
    static class Point implements Cloneable {
        int x, y;
        int[] tags;
        Point(int x, int y) { this.x = x; this.y = y; this.tags = new int[] {1, 2}; }
        Point copy() {
            try { return (Point) super.clone(); } catch (CloneNotSupportedException e) { throw new RuntimeException(e); }
        }
        @Override public String toString() { return "(" + x + ", " + y + ") tags " + tags[0] + "," + tags[1]; }
    }

    static class Point3 extends Point {
        double z;
        Point3(int x, int y, double z) { super(x, y); this.z = z; }
        @Override public String toString() { return super.toString() + " z " + z; }
    }

    static class Plain {
        Object tryClone() throws CloneNotSupportedException { return super.clone(); }
    }

    public static void main(String[] args) {
        java.io.PrintStream out = System.out;
        Point p = new Point(1, 2);
        Point q = p.copy();
        q.x = 10;
        q.tags[0] = 99;
        out.println(p);
        out.println(q);
        out.println(p == q);
        out.println(p.getClass() == q.getClass());
        Point r = new Point3(3, 4, 0.5);
        Point s = r.copy();
        out.println(s);
        out.println(s.getClass().getName());
        try {
            out.println(new Plain().tryClone());
        } catch (Exception e) {
            out.println(e);
        }
        int[] numbers = {5, 6, 7};
        int[] copied = numbers.clone();
        copied[0] = 50;
        out.println(numbers[0] + " " + copied[0]);
    }
}
