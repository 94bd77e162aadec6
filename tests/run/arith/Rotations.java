// Rotations written with shifts, which Kiln emits as Wasm's rotate instructions, and look-alikes that are
// not rotations; each printed value is the JVM's.
public class Rotations {
    static int rotateRightInt(int x, int d) {
        return (x >>> d) | (x << -d);
    }

    static int rotateLeftInt(int x, int d) {
        return (x << d) | (x >>> -d);
    }

    static int lookalike(int x, int d) {
        return (x << -d) >>> 0 | (x >>> d) ^ 0 | (x << d) | (x >>> -d + 1);
    }

    static long rotateRightLong(long x, int d) {
        return (x >>> d) | (x << -d);
    }

    static long rotateLeftLong(long x, int d) {
        return (x >>> -d) | (x << d);
    }

    static long literalRotations(long x) {
        long a = (x >>> 14) | (x << 50);
        long b = (x << 7) | (x >>> 57);
        long c = (x >>> 0) | (x << 64);
        long d = (x >>> 3) | (x << 5);
        long e = (x >>> 70) | (x << -6);
        return a ^ (b * 3) ^ (c * 5) ^ (d * 7) ^ (e * 11);
    }

    static int literalIntRotations(int x) {
        int a = (x >>> 13) | (x << 19);
        int b = (x << 32) | (x >>> 0);
        int c = (x >>> 1) | (x << 30);
        int d = (x << 3) | (x >>> -3);
        return a ^ (b * 3) ^ (c * 5) ^ (d * 7);
    }

    static int twoValues(int x, int y, int d) {
        return (x >>> d) | (y << -d);
    }

    static int counter;

    static int next() {
        counter++;
        return counter;
    }

    public static void main(String[] args) {
        int[] ints = {0, 1, -1, 0x12345678, Integer.MIN_VALUE, Integer.MAX_VALUE, 0xCAFEBABE};
        long[] longs = {0L, 1L, -1L, 0x123456789ABCDEF0L, Long.MIN_VALUE, Long.MAX_VALUE, 0xCAFEBABEDEADBEEFL};
        int[] distances = {0, 1, 5, 31, 32, 33, 63, 64, 65, -1, -31, -64, Integer.MIN_VALUE, Integer.MAX_VALUE};
        long sum = 0;
        for (int x : ints) {
            for (int d : distances) {
                int right = rotateRightInt(x, d);
                int left = rotateLeftInt(x, d);
                if (right != Integer.rotateRight(x, d) || left != Integer.rotateLeft(x, d)) {
                    System.out.println("int mismatch " + x + " " + d);
                }
                sum = sum * 31 + right + 7L * left;
            }
            System.out.println("int " + x + ": " + literalIntRotations(x) + " " + twoValues(x, ~x, 3) + " " + lookalike(x, 9));
        }
        for (long x : longs) {
            for (int d : distances) {
                long right = rotateRightLong(x, d);
                long left = rotateLeftLong(x, d);
                if (right != Long.rotateRight(x, d) || left != Long.rotateLeft(x, d)) {
                    System.out.println("long mismatch " + x + " " + d);
                }
                sum = sum * 31 + right + 7L * left;
            }
            System.out.println("long " + x + ": " + literalRotations(x));
        }
        System.out.println("sum " + sum);
        int seed = 0x9E3779B9;
        System.out.println("library " + Integer.rotateLeft(seed, 7) + " " + Long.rotateRight(seed * 0x100000001L, 17));
        counter = 0;
        int y = 0x0F0F0F0F;
        int mixed = (y >>> next()) | (y << -next());
        System.out.println("effects " + mixed + " " + counter);
    }
}
