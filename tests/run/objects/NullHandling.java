public class NullHandling {
    public static void main(String[] args) {
        String s = null;
        Object o = null;
        System.out.println(s);
        System.out.println(o);
        System.out.println(s == null);
        System.out.println(o != null);
        System.out.println("value: " + o);
        Box p = null;
        System.out.println(p == null);
    }
}

class Box {}
