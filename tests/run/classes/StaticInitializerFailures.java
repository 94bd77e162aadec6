// A static initializer that throws: ExceptionInInitializerError (an Error passes through as itself), then
// NoClassDefFoundError at every later use, with JDK 17's cause; a superclass's failure fails its subclasses.
public class StaticInitializerFailures {
    static class Bad {
        static int value = 1 / Integer.parseInt("0");
        static int get() { return value; }
    }
    static class Child extends Bad {
        static int other = 5;
    }
    static class Worse {
        static int value;
        static { if (Integer.parseInt("1") == 1) throw new IllegalStateException("boom"); }
    }
    static class Erroring {
        static int value;
        static { if (Integer.parseInt("1") == 1) throw new AssertionError("assert in init"); }
    }
    static class Base2 {
        static int[] table = new int[Integer.parseInt("-1")];
    }
    static class Derived2 extends Base2 {
        static int x = 7;
    }
    static class Fine {
        static int value = 42;
    }
    public static void main(String[] args) {
        try {
            System.out.println(Bad.get());
        } catch (ExceptionInInitializerError e) {
            System.out.println("EIIE " + e.getCause() + " " + e.getMessage());
        }
        try {
            System.out.println(Bad.get());
        } catch (NoClassDefFoundError e) {
            System.out.println("NCDFE " + e.getMessage() + " caused by " + e.getCause());
        }
        try {
            System.out.println(Child.other);
        } catch (Throwable e) {
            System.out.println("child " + e.getClass().getName() + " " + e.getMessage());
        }
        try {
            System.out.println(Worse.value);
        } catch (Throwable e) {
            System.out.println("worse " + e.getClass().getName() + " " + e.getCause().getMessage());
        }
        try {
            System.out.println(Worse.value);
        } catch (Throwable e) {
            System.out.println("worse again " + e.getClass().getName() + " " + e.getMessage());
        }
        try {
            System.out.println(Erroring.value);
        } catch (Throwable e) {
            System.out.println("erroring " + e.getClass().getName() + " " + e.getMessage() + " " + e.getCause());
        }
        try {
            System.out.println(Erroring.value);
        } catch (LinkageError e) {
            System.out.println("erroring again " + e.getClass().getName() + " " + e.getMessage());
        }
        for (int i = 0; i < 2; i++) {
            try {
                System.out.println(Derived2.x);
            } catch (Error e) {
                System.out.println("derived " + e.getClass().getSimpleName() + " " + e.getMessage() + " " + e.getCause());
            }
        }
        try {
            System.out.println(Base2.table.length);
        } catch (Error e) {
            System.out.println("base " + e.getClass().getSimpleName() + " " + e.getMessage());
        }
        System.out.println(Fine.value);
    }
}
