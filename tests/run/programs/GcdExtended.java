public class GcdExtended {
    static long[] extended(long a, long b) {
        if (b == 0) return new long[] {a, 1, 0};
        long[] r = extended(b, a % b);
        return new long[] {r[0], r[2], r[1] - (a / b) * r[2]};
    }

    static long modInverse(long a, long m) {
        long[] r = extended(a, m);
        if (r[0] != 1) throw new ArithmeticException(a + " has no inverse mod " + m);
        return Math.floorMod(r[1], m);
    }

    public static void main(String[] args) {
        long[][] pairs = {{240, 46}, {17, 5}, {1000000007L, 123456789L}, {0, 9}};
        for (long[] p : pairs) {
            long[] r = extended(p[0], p[1]);
            System.out.println("gcd(" + p[0] + ", " + p[1] + ") = " + r[0] + " = " + p[0] + "*" + r[1] + " + " + p[1] + "*" + r[2] + " check " + (p[0] * r[1] + p[1] * r[2] == r[0]));
        }
        System.out.println(modInverse(3, 11) + " " + modInverse(10, 17) + " " + modInverse(123456789L, 1000000007L));
        try {
            modInverse(6, 9);
        } catch (ArithmeticException e) {
            System.out.println(e.getMessage());
        }
        long[] rems = {2, 3, 2}, mods = {3, 5, 7};
        long m = 1, x = 0;
        for (long mod : mods) m *= mod;
        for (int i = 0; i < 3; i++) {
            long part = m / mods[i];
            x = (x + rems[i] * part % m * modInverse(part % mods[i], mods[i])) % m;
        }
        System.out.println("chinese remainder: " + x);
    }
}
