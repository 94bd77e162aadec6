public class IntegerOverflowAndShifts {
    public static void main(String[] args) {
        int max = Integer.MAX_VALUE;
        System.out.println((max + 1) + " " + (max * 2) + " " + (-Integer.MIN_VALUE) + " " + Math.abs(Integer.MIN_VALUE));
        long lmax = Long.MAX_VALUE;
        System.out.println((lmax + 1) + " " + (lmax * 3) + " " + (Long.MIN_VALUE / -1) + " " + (Integer.MIN_VALUE / -1));
        System.out.println((1 << 31) + " " + (1 << 32) + " " + (1 << 33) + " " + (1 << -1) + " " + (-8 >> 1) + " " + (-8 >>> 28) + " " + (-8 >>> 1));
        System.out.println((1L << 63) + " " + (1L << 64) + " " + (-1L >>> 1) + " " + (-1L >> 70) + " " + (5L << -2));
        int h = 0;
        for (char ch : "overflow".toCharArray()) h = 31 * h + ch;
        System.out.println(h + " " + "overflow".hashCode());
        byte b = (byte) 200;
        short s = (short) 70000;
        char c = (char) -1;
        System.out.println(b + " " + s + " " + (int) c + " " + (byte) (b + b) + " " + (short) (s * s));
        int x = 0x0F0F0F0F;
        System.out.println((x & 0xFF) + " " + (x | 0xF0) + " " + (x ^ -1) + " " + ~x + " " + Integer.toHexString(x << 4));
        long mix = 0xDEADBEEFL;
        System.out.println(mix + " " + (int) mix + " " + (mix << 32) + " " + ((mix << 32) >> 48) + " " + Long.toHexString(mix * mix));
        System.out.println(7 / 2 + " " + -7 / 2 + " " + 7 % -3 + " " + -7 % 3 + " " + 7.0 / 2 + " " + -7.5 % 2);
        double d = 1e308;
        System.out.println(d * 10 + " " + -d * 10 + " " + (0.0 / 0.0) + " " + (int) (d * 10) + " " + (long) (0.0 / 0.0) + " " + (int) -1e10);
    }
}
