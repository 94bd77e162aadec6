public class PrimesAndFactors {
    static boolean isPrime(long n) {
        if (n < 2) return false;
        if (n % 2 == 0) return n == 2;
        for (long d = 3; d * d <= n; d += 2) if (n % d == 0) return false;
        return true;
    }

    static String factor(long n) {
        StringBuilder sb = new StringBuilder();
        for (long d = 2; d * d <= n; d++) {
            int power = 0;
            while (n % d == 0) { n /= d; power++; }
            if (power > 0) {
                if (sb.length() > 0) sb.append(" * ");
                sb.append(d);
                if (power > 1) sb.append('^').append(power);
            }
        }
        if (n > 1) {
            if (sb.length() > 0) sb.append(" * ");
            sb.append(n);
        }
        return sb.toString();
    }

    static int[] sieve(int limit) {
        boolean[] composite = new boolean[limit + 1];
        int count = 0;
        for (int i = 2; i <= limit; i++) {
            if (!composite[i]) {
                count++;
                for (long j = (long) i * i; j <= limit; j += i) composite[(int) j] = true;
            }
        }
        int[] primes = new int[count];
        int k = 0;
        for (int i = 2; i <= limit; i++) if (!composite[i]) primes[k++] = i;
        return primes;
    }

    public static void main(String[] args) {
        int[] primes = sieve(1000);
        System.out.println(primes.length + " primes below 1000, last " + primes[primes.length - 1]);
        long[] numbers = {1, 2, 12, 97, 360, 1001, 65536, 999999937L, 600851475143L, 9007199254740993L};
        for (long n : numbers) System.out.println(n + " prime=" + isPrime(n) + " = " + factor(n));
        int twins = 0;
        for (int i = 1; i < primes.length; i++) if (primes[i] - primes[i - 1] == 2) twins++;
        System.out.println("twin pairs: " + twins);
    }
}
