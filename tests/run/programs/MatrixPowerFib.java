public class MatrixPowerFib {
    static long[][] multiply(long[][] a, long[][] b, long mod) {
        long[][] c = new long[2][2];
        for (int i = 0; i < 2; i++)
            for (int j = 0; j < 2; j++)
                for (int k = 0; k < 2; k++) c[i][j] = (c[i][j] + a[i][k] * b[k][j]) % mod;
        return c;
    }

    static long fib(long n, long mod) {
        long[][] result = {{1, 0}, {0, 1}};
        long[][] base = {{1, 1}, {1, 0}};
        while (n > 0) {
            if ((n & 1) == 1) result = multiply(result, base, mod);
            base = multiply(base, base, mod);
            n >>= 1;
        }
        return result[0][1];
    }

    static long powMod(long b, long e, long m) {
        long r = 1;
        b %= m;
        while (e > 0) {
            if ((e & 1) == 1) r = r * b % m;
            b = b * b % m;
            e >>= 1;
        }
        return r;
    }

    public static void main(String[] args) {
        long mod = 1000000007L;
        for (long n : new long[] {0, 1, 10, 50, 90, 1000, 1000000000000L}) System.out.println("fib(" + n + ") mod p = " + fib(n, mod));
        System.out.println(powMod(2, 10, 1000) + " " + powMod(3, 1000000, mod) + " " + powMod(7, mod - 2, mod));
    }
}
