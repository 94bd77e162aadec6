public class BitManipulation {
    static boolean isPowerOfTwo(int n) { return n > 0 && (n & (n - 1)) == 0; }

    static int countBits(long x) {
        int count = 0;
        while (x != 0) { x &= x - 1; count++; }
        return count;
    }

    static String bits(int x, int width) {
        StringBuilder sb = new StringBuilder();
        for (int i = width - 1; i >= 0; i--) sb.append((x >>> i) & 1);
        return sb.toString();
    }

    public static void main(String[] args) {
        for (int n : new int[] {0, 1, 2, 3, 64, 96, 1024, -8}) System.out.print(n + ":" + isPowerOfTwo(n) + " ");
        System.out.println();
        System.out.println(countBits(0xFFL) + " " + countBits(-1L) + " " + countBits(1L << 63));
        int flags = 0;
        flags |= 1 << 3;
        flags |= 1 << 5;
        flags ^= 1 << 3;
        flags |= 1;
        System.out.println(bits(flags, 8) + " " + ((flags & (1 << 5)) != 0) + " " + bits(~flags & 0xFF, 8));
        int x = 0b1011_0110;
        System.out.println(bits(x, 8) + " -> rotated " + bits(((x << 3) | (x >>> 5)) & 0xFF, 8) + " swapped nibbles " + bits(((x & 0xF) << 4) | (x >> 4), 8));
        long packed = ((long) 12345 << 32) | 67890;
        System.out.println((int) (packed >>> 32) + " " + (int) packed + " " + packed);
        int a = 17, b = 42;
        a ^= b; b ^= a; a ^= b;
        System.out.println(a + " " + b + " " + (-17 >> 2) + " " + (-17 >>> 28) + " " + (-17 / 4));
    }
}
