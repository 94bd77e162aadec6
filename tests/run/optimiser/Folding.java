// Constant expressions that the optimiser computes at compile time, with Java's arithmetic.
public class Folding {
    static int zero() {
        return 0;
    }

    static double half(double value) {
        return value / 2;
    }

    public static void main(String[] args) {
        System.out.println(2147483647 + 1);
        System.out.println(-2147483648 / -1);
        System.out.println(-7 % 3);
        System.out.println(1 << 33);
        System.out.println(-1 >>> 28);
        System.out.println(-16 >> 2);
        System.out.println(1L << 65);
        System.out.println(-1L >>> 60);
        System.out.println(9223372036854775807L + 1L);
        System.out.println((int) (0.0 / 0.0));
        System.out.println((int) 1e20);
        System.out.println((long) -1e30);
        System.out.println((byte) 200);
        System.out.println((short) 70000);
        System.out.println((char) 65);
        System.out.println("x=" + 5 + 'c' + true + 7L);
        System.out.println("d=" + 0.5);
        System.out.println(0.1 + 0.2);
        System.out.println(1.0f / 3.0f);
        System.out.println(5.5 % 2.0);
        System.out.println(half(7));
        System.out.println(3 < 4 && 5 >= 5);
        try {
            System.out.println(10 / zero());
        } catch (ArithmeticException e) {
            System.out.println(e.getMessage());
        }
        try {
            System.out.println(10L % zero());
        } catch (ArithmeticException e) {
            System.out.println(e.getMessage());
        }
        boolean flag = 3 > 2;
        if (flag) {
            System.out.println("yes");
        } else {
            System.out.println("no");
        }
    }
}
