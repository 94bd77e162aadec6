// When static initializers run: at each class's first use, superclass first, as the JVM does.
public class ClassInitializationOrder {
    static int mainCounter;
    static {
        System.out.println("main class initialized");
        mainCounter = 1;
    }

    static class Base {
        static int baseValue;
        static {
            System.out.println("Base initialized");
            baseValue = 10;
        }
        int id;
        Base(int id) { this.id = id; }
    }

    static class Derived extends Base {
        static int derivedValue;
        static {
            System.out.println("Derived initialized, base value " + baseValue);
            derivedValue = baseValue * 2;
        }
        Derived(int id) { super(id); }
    }

    static class Registry {
        static String[] names = new String[4];
        static int count;
        static {
            System.out.println("Registry initialized");
            names[0] = "first";
            count = 1;
        }
        static void register(String name) { names[count++] = name; }
        static String describe() {
            String result = "";
            for (int i = 0; i < count; i++) result += names[i] + ";";
            return result;
        }
    }

    static class Written {
        static int target;
        static { System.out.println("Written initialized, target " + target); target = 5; }
    }

    static class Depends {
        // Reads another class's field: that class is initialized first, whatever the order of the source.
        static int derived = Source.value + 1;
    }

    static class Source {
        static int value = 41;
    }

    static class Quiet {
        static final int[] SQUARES = new int[5];
        static {
            for (int i = 0; i < SQUARES.length; i++) SQUARES[i] = i * i;
        }
    }

    static class Helper {
        static { System.out.println("Helper initialized"); }
        static int twice(int value) { return value * 2; }
    }

    static int announce(String what) {
        System.out.println("argument " + what);
        return 3;
    }

    public static void main(String[] args) {
        System.out.println("main starts, counter " + mainCounter);
        Base[] none = new Base[2];
        System.out.println("array of Base made, length " + none.length);
        Derived derived = new Derived(7);
        System.out.println("derived id " + derived.id + ", derived value " + Derived.derivedValue);
        System.out.println("before Registry");
        Registry.register("second");
        Registry.register("third");
        System.out.println(Registry.describe());
        System.out.println("before Written");
        Written.target = 9;
        System.out.println("target " + Written.target);
        System.out.println("depends " + Depends.derived);
        System.out.println("square " + Quiet.SQUARES[4]);
        System.out.println("helper " + Helper.twice(announce("computed")));
        System.out.println("base again " + new Base(1).id + " " + Base.baseValue);
    }
}
