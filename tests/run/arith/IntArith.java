public class IntArith {
    public static void main(String[] args) {
        int a = 7;
        int b = -3;
        System.out.println(a + b);
        System.out.println(a - b);
        System.out.println(a * b);
        System.out.println(a / b);
        System.out.println(a % b);
        System.out.println(-7 / 2);
        System.out.println(-7 % 2);
        int max = 2147483647; System.out.println(max + 1);
        int min = -2147483648; System.out.println(min - 1);
        int big = 65536; System.out.println(big * big);
        int p = 123456789; int q = 987654321; System.out.println(p * q);
        System.out.println(-a);
        System.out.println(~a);
        System.out.println(a & 12);
        System.out.println(a | 8);
        System.out.println(a ^ 5);
        System.out.println(a << 3);
        System.out.println(b >> 1);
        System.out.println(b >>> 28);
        int one = 1; System.out.println(one << 33);
        int minusOne = -1; System.out.println(minusOne >>> 33);
    }
}
