public class GenericsByObject {
    static class Box {
        private Object value;
        Box(Object value) { this.value = value; }
        Object get() { return value; }
        void set(Object v) { value = v; }
    }

    static class Pair {
        final Object first, second;
        Pair(Object first, Object second) { this.first = first; this.second = second; }
        Pair swap() { return new Pair(second, first); }
        public String toString() { return "(" + first + ", " + second + ")"; }
    }

    static Object max(Object[] items) {
        Object best = items[0];
        for (Object o : items) if (((Comparable) o).compareTo(best) > 0) best = o;
        return best;
    }

    public static void main(String[] args) {
        Box b = new Box(41);
        b.set((Integer) b.get() + 1);
        System.out.println(b.get() + " " + (b.get() instanceof Integer));
        Pair p = new Pair("left", 2.5);
        System.out.println(p + " " + p.swap() + " " + p.swap().swap());
        System.out.println(max(new Object[] {3, 9, 4}) + " " + max(new Object[] {"pear", "apple", "zucchini"}) + " " + max(new Object[] {1.5, -2.0}));
        Box nested = new Box(new Box("inside"));
        System.out.println(((Box) nested.get()).get());
    }
}
