// When classes initialize: constant reads that do not, static reads, calls and `new` that do, a field read through a subclass, arrays and class literals, circular initializers, and a failing one.
public class InitTrivia {
    static StringBuilder log = new StringBuilder();
    static class Config {
        static final int SIZE = 10;
        static final String NAME = "cfg";
        static final int COMPUTED = SIZE * 2 + 1;
        static int counter = 5;
        static { log.append("[Config]"); }
        static int bump() { return ++counter; }
    }
    static class Parent { static int inherited = 1; static { log.append("[Parent]"); } }
    static class Child extends Parent { static int own = 2; static { log.append("[Child]"); } }
    static class Holder { static { log.append("[Holder]"); } static final Object INSTANCE = new Object(); }
    static class Blank { static final int VALUE; static { log.append("[Blank]"); VALUE = 7; } }
    static class A { static int a = B.b + 1; static { log.append("[A a=" + a + "]"); } }
    static class B { static int b = A.a + 10; static { log.append("[B b=" + b + "]"); } }
    static class Fails { static int value = compute(); static int compute() { log.append("[Fails]"); throw new IllegalStateException("nope"); } }
    static class Late { static { log.append("[Late]"); } static final int EARLY = 3; }

    static void step(String what) { System.out.println(what + ": " + log); log.setLength(0); }

    public static void main(String[] args) {
        int s = Config.SIZE; String n = Config.NAME; int c = Config.COMPUTED;
        step("constants " + s + n + c);
        Config[] configs = new Config[4];
        Class<?> k = Config.class;
        step("array and class literal " + configs.length + " " + k.getSimpleName());
        int v = Config.counter;
        step("static read " + v);
        step("again " + Config.bump());
        step("inherited through child " + Child.inherited);
        step("child own " + Child.own);
        step("holder " + (Holder.INSTANCE != null));
        step("blank " + Blank.VALUE);
        step("circular " + A.a + " " + B.b);
        try { System.out.println(Fails.value); } catch (ExceptionInInitializerError e) { log.append("EIIE(" + e.getCause().getMessage() + ")"); }
        try { System.out.println(Fails.value); } catch (NoClassDefFoundError e) { log.append("NCDFE(" + e.getMessage() + ")"); }
        step("fails");
        step("late constant " + Late.EARLY);
    }
}
