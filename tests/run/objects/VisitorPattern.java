public class VisitorPattern {
    interface Visitor {
        double visitNumber(Number n);
        double visitAdd(Add a);
        double visitMul(Mul m);
    }

    static abstract class Expr {
        abstract double accept(Visitor v);
        abstract String show();
    }

    static class Number extends Expr {
        final double value;
        Number(double value) { this.value = value; }
        double accept(Visitor v) { return v.visitNumber(this); }
        String show() { return String.valueOf(value); }
    }

    static class Add extends Expr {
        final Expr left, right;
        Add(Expr left, Expr right) { this.left = left; this.right = right; }
        double accept(Visitor v) { return v.visitAdd(this); }
        String show() { return "(" + left.show() + " + " + right.show() + ")"; }
    }

    static class Mul extends Expr {
        final Expr left, right;
        Mul(Expr left, Expr right) { this.left = left; this.right = right; }
        double accept(Visitor v) { return v.visitMul(this); }
        String show() { return left.show() + " * " + right.show(); }
    }

    static class Evaluator implements Visitor {
        public double visitNumber(Number n) { return n.value; }
        public double visitAdd(Add a) { return a.left.accept(this) + a.right.accept(this); }
        public double visitMul(Mul m) { return m.left.accept(this) * m.right.accept(this); }
    }

    static class DepthCounter implements Visitor {
        public double visitNumber(Number n) { return 1; }
        public double visitAdd(Add a) { return 1 + Math.max(a.left.accept(this), a.right.accept(this)); }
        public double visitMul(Mul m) { return 1 + Math.max(m.left.accept(this), m.right.accept(this)); }
    }

    public static void main(String[] args) {
        Expr e = new Add(new Mul(new Number(2), new Number(3.5)), new Add(new Number(1), new Mul(new Number(4), new Number(0.25))));
        System.out.println(e.show());
        System.out.println("value " + e.accept(new Evaluator()));
        System.out.println("depth " + (int) e.accept(new DepthCounter()));
        Visitor[] visitors = {new Evaluator(), new DepthCounter()};
        for (Visitor v : visitors) System.out.println(v.getClass().getSimpleName() + " " + new Number(9).accept(v));
    }
}
