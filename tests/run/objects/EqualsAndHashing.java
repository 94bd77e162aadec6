public class EqualsAndHashing {
    static class Point {
        final int x, y;
        Point(int x, int y) { this.x = x; this.y = y; }
        @Override public boolean equals(Object o) {
            if (this == o) return true;
            if (!(o instanceof Point)) return false;
            Point p = (Point) o;
            return x == p.x && y == p.y;
        }
        @Override public int hashCode() { return 31 * x + y; }
        @Override public String toString() { return "(" + x + "," + y + ")"; }
    }

    static class PointSet {
        private Object[] slots = new Object[8];
        private int count;

        boolean add(Point p) {
            if (contains(p)) return false;
            if (count * 2 >= slots.length) grow();
            insert(slots, p);
            count++;
            return true;
        }

        private void insert(Object[] table, Point p) {
            int i = (p.hashCode() & 0x7fffffff) % table.length;
            while (table[i] != null) i = (i + 1) % table.length;
            table[i] = p;
        }

        private void grow() {
            Object[] bigger = new Object[slots.length * 2];
            for (Object o : slots) if (o != null) insert(bigger, (Point) o);
            slots = bigger;
        }

        boolean contains(Point p) {
            int i = (p.hashCode() & 0x7fffffff) % slots.length;
            while (slots[i] != null) {
                if (slots[i].equals(p)) return true;
                i = (i + 1) % slots.length;
            }
            return false;
        }

        int size() { return count; }
    }

    public static void main(String[] args) {
        PointSet set = new PointSet();
        int added = 0;
        for (int i = 0; i < 20; i++) {
            if (set.add(new Point(i % 7, i % 3))) added++;
        }
        System.out.println("added " + added + " size " + set.size());
        System.out.println(set.contains(new Point(3, 0)) + " " + set.contains(new Point(6, 2)) + " " + set.contains(new Point(9, 9)));
        Point a = new Point(1, 2), b = new Point(1, 2);
        System.out.println((a == b) + " " + a.equals(b) + " " + (a.hashCode() == b.hashCode()) + " " + a + " " + a.equals(null) + " " + a.equals("(1,2)"));
        Object o = a;
        System.out.println(o.equals(b) + " " + o.hashCode() + " " + o.toString());
    }
}
