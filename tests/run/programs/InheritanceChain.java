public class InheritanceChain {
    static class A {
        String who() { return "A"; }
        String chain() { return who(); }
        static String stat() { return "A.stat"; }
    }
    static class B extends A {
        String who() { return "B<" + super.who(); }
    }
    static class C extends B {
        String who() { return "C<" + super.who(); }
        String chain() { return "[" + super.chain() + "]"; }
    }
    static class D extends C {
        final int depth;
        D(int depth) { this.depth = depth; }
        String who() { return depth > 0 ? "D" + depth + "<" + super.who() : super.who(); }
    }

    public static void main(String[] args) {
        A[] objects = {new A(), new B(), new C(), new D(2), new D(0)};
        for (A a : objects) System.out.println(a.getClass().getSimpleName() + ": " + a.who() + " / " + a.chain());
        System.out.println(A.stat() + " " + (objects[3] instanceof B) + " " + (objects[1] instanceof C));
    }
}
