public class OverloadResolution {
    static String f(int x) { return "int " + x; }
    static String f(long x) { return "long " + x; }
    static String f(double x) { return "double " + x; }
    static String f(Object x) { return "Object " + x; }
    static String f(String x) { return "String " + x; }
    static String g(long x) { return "g long " + x; }
    static String g(Integer x) { return "g Integer " + x; }
    static String h(double x) { return "h double " + x; }
    static String sum(int... values) {
        int total = 0;
        for (int v : values) total += v;
        return values.length + " values, total " + total;
    }
    static String describe(String label, Object... parts) {
        StringBuilder sb = new StringBuilder(label).append(':');
        for (Object p : parts) sb.append(' ').append(p);
        return sb.toString();
    }

    public static void main(String[] args) {
        byte b = 1;
        short s = 2;
        char c = 'c';
        System.out.println(f(b) + " | " + f(s) + " | " + f(c) + " | " + f(3) + " | " + f(4L) + " | " + f(5f) + " | " + f(6.0));
        System.out.println(f("seven") + " | " + f(Integer.valueOf(8)) + " | " + f('9' + 1) + " | " + f((Object) "ten"));
        System.out.println(g(11) + " | " + g(Integer.valueOf(12)) + " | " + h(13) + " | " + h('A'));
        System.out.println(sum() + " | " + sum(1) + " | " + sum(1, 2, 3) + " | " + sum(new int[] {4, 5}));
        System.out.println(describe("parts", 1, "two", 3.0, 'c') + " | " + describe("none"));
    }
}
