public class BitSetSieve {
    public static void main(String[] args) {
        int limit = 100000;
        long[] words = new long[(limit >> 6) + 1];
        for (int i = 2; (long) i * i <= limit; i++) {
            if ((words[i >> 6] & (1L << (i & 63))) == 0) {
                for (int j = i * i; j <= limit; j += i) words[j >> 6] |= 1L << (j & 63);
            }
        }
        int count = 0;
        long sum = 0;
        int last = 0;
        for (int i = 2; i <= limit; i++) {
            if ((words[i >> 6] & (1L << (i & 63))) == 0) { count++; sum += i; last = i; }
        }
        System.out.println(count + " primes, sum " + sum + ", largest " + last);
        int bits = 0;
        for (long w : words) bits += Long.bitCount(w);
        System.out.println("composite bits set " + bits);
    }
}
