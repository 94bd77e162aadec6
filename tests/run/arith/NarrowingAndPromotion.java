// Narrowing compound assignments, shifts past the width, float-to-int saturation, evaluation order of ++ and array stores, conditional typing (char beside an int constant, boxed numerics promoted), double and float text.
public class NarrowingAndPromotion {
    static int counter = 0;
    static int next() { return ++counter; }
    public static void main(String[] args) {
        byte b = 10; b += 200; System.out.println(b);
        b = (byte) 0x80; b >>= 1; System.out.println(b); b >>>= 1; System.out.println(b);
        short s = Short.MAX_VALUE; s++; System.out.println(s); s *= 3; System.out.println(s);
        char c = 'z'; c += 1; System.out.println((int) c + " " + c); c = 65535; c++; System.out.println((int) c);
        int i = Integer.MAX_VALUE; i += 1; System.out.println(i); i = 1 << 33; System.out.println(i + " " + (1 << -1) + " " + (-16 >> 2) + " " + (-16 >>> 28) + " " + (1L << 65));
        long l = Long.MAX_VALUE; l++; System.out.println(l + " " + (int) 4294967297L + " " + (short) 70000 + " " + (byte) 300 + " " + (char) -1);
        System.out.println((int) 3.99 + " " + (int) -3.99 + " " + (int) 1e20 + " " + (int) Double.NaN + " " + (long) -1e30 + " " + (int) Float.POSITIVE_INFINITY + " " + (char) 70000.5 + " " + (byte) 1000.7 + " " + (short) -1e10);
        System.out.println(5 / 2 + " " + -5 / 2 + " " + 5 % -3 + " " + -5 % 3 + " " + 5.5 % 2 + " " + -5.5 % 2 + " " + Integer.MIN_VALUE / -1 + " " + Long.MIN_VALUE % -1);
        System.out.println(0.1f + 0.2f + " " + (0.1 + 0.2) + " " + (float) 0.1 + " " + 1.0 / 0 + " " + -1.0 / 0 + " " + 0.0 / 0 + " " + 1e-323 / 10 + " " + 100.0f / 3);
        int x = 5; x = x++ + ++x; System.out.println(x);
        int y = 10; y += y++ * 2; System.out.println(y);
        int[] arr = {0, 0, 0}; int k = 0; arr[k++] = k++; System.out.println(arr[0] + " " + arr[1] + " " + k);
        int z = next() + next() * next(); System.out.println(z);
        char ch = 'a'; ch *= 2; System.out.println((int) ch);
        System.out.println('a' + 'b' + "c" + 'd' + 'e' + 1 + 2 + (1 + 2));
        System.out.println("" + (char) ('a' + 2) + (true ? 'x' : 0) + (false ? 1 : 'y') + (true ? 'x' : i) );
        Integer boxed = null; Object o = true ? 1 : "s"; System.out.println(o + " " + (true ? (Integer) 5 : (Double) 2.0));
        long big = 1L << 62; double d = big; float f = big; System.out.println(d + " " + f + " " + (long) d + " " + (long) f + " " + (big + 1 == (long) (double) (big + 1)));
        System.out.println(Long.MAX_VALUE + " " + (double) Long.MAX_VALUE + " " + (float) Integer.MAX_VALUE + " " + (int) (float) Integer.MAX_VALUE + " " + (long) (double) Long.MAX_VALUE);
        System.out.println((5 & 3) + " " + (5 | 3) + " " + (5 ^ 3) + " " + (~5) + " " + (-5 >>> 1) + " " + (-5L >>> 1) + " " + (true ^ true) + " " + (true & false) + " " + (false | true));
        short sh = -1; System.out.println((sh >>> 4) + " " + ((short) (sh >>> 4)) + " " + (byte) (b << 4));
        double dd = 0.1 * 3; System.out.println(dd + " " + (dd == 0.3) + " " + Math.abs(dd - 0.3) + " " + (float) dd + " " + 1.0e7 + " " + 1.0e-3 + " " + 9999999.0 + " " + 0.001f + " " + 1.0E-4);
        System.out.println(123456789.0f + " " + 1.23456789e8 + " " + 100.0 + " " + 1e21 + " " + 1e-7 + " " + 4.9e-324 + " " + Double.MAX_VALUE + " " + Float.MIN_VALUE + " " + 12345678.9);
        int m = 7; m <<= 33; System.out.println(m); long ml = 7; ml <<= 65; System.out.println(ml);
        m = -17; m >>= 2; System.out.println(m); m = -17; m /= 4; System.out.println(m); m %= 3; System.out.println(m);
        double q = 10; q /= 4; System.out.println(q); int iq = 10; iq /= 4.0; System.out.println(iq); iq += 2.7; System.out.println(iq); iq -= -0.5; System.out.println(iq);
        long acc = 0; for (int t = 0; t < 100; t++) acc += (long) t * Integer.MAX_VALUE; System.out.println(acc);
        int hash = 0; for (char cc : "hello world".toCharArray()) hash = 31 * hash + cc; System.out.println(hash + " " + "hello world".hashCode());
        System.out.println(Integer.MIN_VALUE == -Integer.MIN_VALUE);
        System.out.println((Integer.valueOf(3) == 3) + " " + (3L == 3.0) + " " + ('a' == 97) + " " + (0.1f == 0.1) + " " + (Float.NaN != Float.NaN));
    }
}
