public class PerfectNumbers {
    static long divisorSum(long n) {
        long sum = 1;
        for (long d = 2; d * d <= n; d++) {
            if (n % d == 0) { sum += d; if (d != n / d) sum += n / d; }
        }
        return n == 1 ? 0 : sum;
    }

    public static void main(String[] args) {
        for (long n = 2; n <= 10000; n++) if (divisorSum(n) == n) System.out.println(n + " is perfect");
        System.out.println("8128 check " + (divisorSum(8128) == 8128) + ", 33550336 check " + (divisorSum(33550336L) == 33550336L));
        int abundant = 0, deficient = 0;
        for (long n = 1; n <= 1000; n++) {
            long s = divisorSum(n);
            if (s > n) abundant++;
            else if (s < n) deficient++;
        }
        System.out.println("abundant " + abundant + ", deficient " + deficient);
        System.out.println("amicable " + divisorSum(220) + " " + divisorSum(284));
    }
}
