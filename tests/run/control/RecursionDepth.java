public class RecursionDepth {
    static int depth(int n) { return n == 0 ? 0 : 1 + depth(n - 1); }

    static long sumDigits(long n) { return n < 10 ? n : n % 10 + sumDigits(n / 10); }

    static boolean isEven(int n) { return n == 0 || isOdd(n - 1); }
    static boolean isOdd(int n) { return n != 0 && isEven(n - 1); }

    static int mcCarthy(int n) { return n > 100 ? n - 10 : mcCarthy(mcCarthy(n + 11)); }

    static String reverse(String s) { return s.isEmpty() ? s : reverse(s.substring(1)) + s.charAt(0); }

    public static void main(String[] args) {
        System.out.println(depth(5000) + " " + sumDigits(9876543210123L) + " " + isEven(1001) + " " + isOdd(777));
        for (int n = 87; n <= 102; n += 5) System.out.print(mcCarthy(n) + " ");
        System.out.println();
        System.out.println(reverse("recursion") + " " + reverse(""));
    }
}
