// Class initialisation as the JVM orders it: a read of a constant variable (a static final field set
// to a constant expression) is no use of its class, since javac writes the value, so it runs no static
// initializer; a read of any other static field, a static call or a `new` does, superclass first, once.
public class ConstantsDoNotInitialize {
    static int order = 0;

    static int log(String what, int value) {
        order++;
        System.out.println(order + " init " + what);
        return value;
    }

    static class Base {
        static int counted = ConstantsDoNotInitialize.log("Base.counted", 1);
        static { log("Base static block", 0); }
        static int get() { return counted; }
    }

    static class Derived extends Base {
        static final String NAME = "constant";
        static final int LIMIT = 4 * 25;
        static final long BIG = 1L << 40;
        static final double RATE = 1.5;
        static final char MARK = '#';
        static final boolean ON = true;
        static int plain = ConstantsDoNotInitialize.log("Derived.plain", 2);
        static final int COMPUTED = ConstantsDoNotInitialize.log("Derived.COMPUTED", 7);
        static int bump() { return ++plain; }
    }

    static class Table {
        static final int SIZE = 5;
        static final int DOUBLE = SIZE * 2;
        static int filled = log("Table.filled", SIZE + 1);
        static int[] cells = new int[SIZE];
    }

    interface Shape {
        int SIDES = 3;
        String LABEL = "shape";
        static int twice(int value) { return 2 * value; }
    }

    static class Square implements Shape {
        static { log("Square static block", 0); }
    }

    public static void main(String[] args) {
        System.out.println("main starts");
        System.out.println(Derived.NAME + " " + Derived.LIMIT + " " + Derived.BIG + " " + Derived.RATE + " " + Derived.MARK + " " + Derived.ON);
        System.out.println(Table.SIZE + " " + Table.DOUBLE);
        System.out.println(Shape.SIDES + " " + Shape.LABEL + " " + Shape.twice(Shape.SIDES));
        System.out.println("no initializer has run: " + order);
        System.out.println("Derived.plain " + Derived.plain);
        System.out.println("Base.get " + Base.get());
        System.out.println("bump " + Derived.bump());
        System.out.println("COMPUTED " + Derived.COMPUTED);
        int[] cells = Table.cells;
        System.out.println(cells.length + " " + Table.filled);
        new Square();
        System.out.println("after new Square");
        Object shape = new Square();
        System.out.println(shape instanceof Shape);
    }
}
