public class ReverseInteger {
    static int reverse(int x) {
        long r = 0;
        while (x != 0) { r = r * 10 + x % 10; x /= 10; }
        return r > Integer.MAX_VALUE || r < Integer.MIN_VALUE ? 0 : (int) r;
    }

    static boolean isPowerOfThree(int n) {
        while (n > 1 && n % 3 == 0) n /= 3;
        return n == 1;
    }

    public static void main(String[] args) {
        int[] values = {123, -456, 1200, 1534236469, -2147483648, 0, 7};
        for (int v : values) System.out.print(reverse(v) + " ");
        System.out.println();
        for (int n : new int[] {1, 3, 9, 27, 45, 81, 243, 0, -3, 1162261467}) System.out.print(n + ":" + isPowerOfThree(n) + " ");
        System.out.println();
        System.out.println(Integer.reverse(1) + " " + Integer.reverseBytes(0x01020304) + " " + Long.reverse(1L));
    }
}
