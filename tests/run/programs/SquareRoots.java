public class SquareRoots {
    static double newton(double x) {
        if (x == 0) return 0;
        double guess = x;
        for (int i = 0; i < 60; i++) {
            double next = 0.5 * (guess + x / guess);
            if (next == guess) break;
            guess = next;
        }
        return guess;
    }

    static long isqrt(long n) {
        long lo = 0, hi = Math.min(n, 3037000499L);
        while (lo < hi) {
            long mid = (lo + hi + 1) >>> 1;
            if (mid * mid <= n) lo = mid; else hi = mid - 1;
        }
        return lo;
    }

    public static void main(String[] args) {
        double[] xs = {2, 9, 0.25, 1e-8, 1e20, 12345.6789};
        for (double x : xs) System.out.println(x + ": newton " + newton(x) + " sqrt " + Math.sqrt(x) + " same " + (newton(x) == Math.sqrt(x)));
        for (long n : new long[] {0, 15, 16, 17, 999999999999L, Long.MAX_VALUE}) System.out.println("isqrt(" + n + ") = " + isqrt(n));
    }
}
