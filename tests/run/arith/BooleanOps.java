public class BooleanOps {
    static boolean check(boolean value) {
        System.out.println("check " + value);
        return value;
    }
    public static void main(String[] args) {
        boolean t = true;
        boolean f = false;
        System.out.println(t & f);
        System.out.println(t | f);
        System.out.println(t == f);
        System.out.println(t != f);
        System.out.println(!t);
        System.out.println(check(t) || check(f));
        System.out.println(check(f) && check(t));
        System.out.println(check(t) && check(f));
        System.out.println(t ? 1 : 0);
    }
}
