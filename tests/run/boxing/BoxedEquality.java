public class BoxedEquality {
    public static void main(String[] args) {
        Object a = 5;
        Object b = 5;
        Object big1 = 2000000000;
        Object big2 = 2000000000;
        Object x = 1.5;
        Object y = 1.5;
        Object s = "5";
        System.out.println(a.equals(b));
        System.out.println(big1.equals(big2));
        System.out.println(x.equals(y));
        System.out.println(a.equals(s));
        System.out.println(a.equals(x));
        System.out.println(a instanceof Integer);
        System.out.println(x instanceof Integer);
        System.out.println(x instanceof Double);
        System.out.println(s instanceof String);
        System.out.println(big1 instanceof Integer);
        Object n = null;
        System.out.println(n instanceof Integer);
        Object nan1 = 0.0 / 0.0;
        Object nan2 = 0.0 / 0.0;
        System.out.println(nan1.equals(nan2));
        Object zero = 0.0;
        Object negativeZero = -0.0;
        System.out.println(zero.equals(negativeZero));
    }
}
