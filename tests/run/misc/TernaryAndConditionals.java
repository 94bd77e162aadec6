public class TernaryAndConditionals {
    static String classify(int n) {
        return n < 0 ? "negative" : n == 0 ? "zero" : n % 2 == 0 ? "even" : "odd";
    }

    static int clamp(int v, int lo, int hi) { return v < lo ? lo : v > hi ? hi : v; }

    public static void main(String[] args) {
        for (int n = -2; n <= 3; n++) System.out.print(classify(n) + " ");
        System.out.println();
        System.out.println(clamp(-5, 0, 10) + " " + clamp(5, 0, 10) + " " + clamp(50, 0, 10));
        boolean a = true, b = false;
        System.out.println((a && !b) + " " + (a || b) + " " + (a ^ b) + " " + (a & b) + " " + (a | b) + " " + (!a == b));
        int x = 5;
        double mixed = x > 3 ? 1 : 2.5;
        long widened = x > 3 ? x : 10L;
        Object boxed = x > 3 ? "str" : (Object) 7;
        System.out.println(mixed + " " + widened + " " + boxed);
        int count = 0;
        for (int i = 0; i < 10; i++) if (i % 3 == 0 && i != 6 || i == 7) count++;
        System.out.println("count " + count);
        String s = null;
        System.out.println(s == null ? "null!" : s.length() + "");
        System.out.println(s != null && s.length() > 0);
    }
}
