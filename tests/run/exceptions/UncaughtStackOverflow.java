public class UncaughtStackOverflow {
    static long countDown(long n) { return countDown(n - 1) + 1; }

    public static void main(String[] args) {
        System.out.println("before the overflow");
        System.out.println(countDown(10));
        System.out.println("not printed");
    }
}
