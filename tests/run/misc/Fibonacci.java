public class Fibonacci {
    public static void main(String[] args) {
        long a = 0, b = 1;
        for (int i = 0; i <= 92; i++) {
            if (i % 10 == 0 || i > 88) System.out.println("fib(" + i + ") = " + a);
            long t = a + b;
            a = b;
            b = t;
        }
        System.out.println("overflowed: " + (a + b));
    }
}
