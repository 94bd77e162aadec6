public class LongArith {
    public static void main(String[] args) {
        long a = 9000000000L;
        long b = -7L;
        System.out.println(a + b);
        System.out.println(a - b);
        System.out.println(a * b);
        System.out.println(a / b);
        System.out.println(a % b);
        long max = 9223372036854775807L; System.out.println(max + 1L);
        System.out.println(-a);
        System.out.println(~a);
        System.out.println(a & 4294967295L);
        System.out.println(a | 1L);
        System.out.println(a ^ -1L);
        long one = 1L; System.out.println(one << 40);
        System.out.println(b >> 1);
        System.out.println(b >>> 60);
        System.out.println(one << 65);
        System.out.println(a > b);
        System.out.println(a <= b);
        System.out.println(a == 9000000000L);
        System.out.println(a != 9000000000L);
        System.out.println(b < 0L);
        System.out.println(b >= 0L);
        System.out.println(-9223372036854775808L);
    }
}
