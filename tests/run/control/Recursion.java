public class Recursion {
    static int fibonacci(int n) { return n < 2 ? n : fibonacci(n - 1) + fibonacci(n - 2); }
    static long power(long base, int exponent) { return exponent == 0 ? 1L : base * power(base, exponent - 1); }
    static int gcd(int a, int b) { return b == 0 ? a : gcd(b, a % b); }
    static boolean isEven(int n) { return n == 0 ? true : isOdd(n - 1); }
    static boolean isOdd(int n) { return n == 0 ? false : isEven(n - 1); }
    public static void main(String[] args) {
        System.out.println(fibonacci(20));
        System.out.println(power(3L, 30));
        System.out.println(gcd(1071, 462));
        System.out.println(isEven(10));
    }
}
