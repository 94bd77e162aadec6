// BitsAndNarrowing: integer bit utilities, exact arithmetic, narrowing and shifts
public class BitsAndNarrowing {
    static int counter = 0;
    static int next() { return ++counter; }

    public static void main(String[] args) {
        int[] ints = {0, 1, -1, 7, -8, 123456789, Integer.MIN_VALUE, Integer.MAX_VALUE, 0x55AA00FF};
        for (int x : ints) {
            System.out.println(x + " bc=" + Integer.bitCount(x) + " rev=" + Integer.reverse(x) + " rb=" + Integer.reverseBytes(x)
                + " hob=" + Integer.highestOneBit(x) + " lob=" + Integer.lowestOneBit(x) + " nlz=" + Integer.numberOfLeadingZeros(x)
                + " ntz=" + Integer.numberOfTrailingZeros(x) + " rl=" + Integer.rotateLeft(x, 5) + " rr=" + Integer.rotateRight(x, 37)
                + " sig=" + Integer.signum(x) + " bin=" + Integer.toBinaryString(x) + " oct=" + Integer.toOctalString(x)
                + " hex=" + Integer.toHexString(x) + " us=" + Integer.toUnsignedString(x) + " r7=" + Integer.toString(x, 7));
        }
        long[] longs = {0L, -1L, 1L << 40, Long.MIN_VALUE, Long.MAX_VALUE, 0x123456789ABCDEFL, -987654321012345L};
        for (long x : longs) {
            System.out.println(x + " bc=" + Long.bitCount(x) + " rev=" + Long.reverse(x) + " nlz=" + Long.numberOfLeadingZeros(x)
                + " ntz=" + Long.numberOfTrailingZeros(x) + " hex=" + Long.toHexString(x) + " us=" + Long.toUnsignedString(x)
                + " r36=" + Long.toString(x, 36) + " hash=" + Long.hashCode(x) + " du=" + Long.divideUnsigned(x, 7) + " ru=" + Long.remainderUnsigned(x, 7));
        }
        System.out.println(Integer.divideUnsigned(-1, 3) + " " + Integer.remainderUnsigned(-1, 3) + " " + Integer.compareUnsigned(-1, 1));
        System.out.println(Math.floorDiv(-7, 2) + " " + Math.floorMod(-7, 2) + " " + (-7 / 2) + " " + (-7 % 2) + " " + Math.floorMod(7, -3));
        System.out.println(Math.abs(Integer.MIN_VALUE) + " " + (Integer.MIN_VALUE / -1) + " " + (Integer.MIN_VALUE % -1));
        System.out.println(Long.MIN_VALUE / -1L);
        try { Math.addExact(Integer.MAX_VALUE, 1); } catch (ArithmeticException e) { System.out.println("caught " + e.getMessage()); }
        try { Math.multiplyExact(1L << 62, 4L); } catch (ArithmeticException e) { System.out.println("caught " + e.getMessage()); }
        try { Math.toIntExact(1L << 33); } catch (ArithmeticException e) { System.out.println("caught " + e.getMessage()); }
        try { Math.negateExact(Integer.MIN_VALUE); } catch (ArithmeticException e) { System.out.println("caught " + e.getMessage()); }
        try { System.out.println(5 / (counter - counter)); } catch (ArithmeticException e) { System.out.println("caught " + e); }
        try { System.out.println(5L % (long) (counter - counter)); } catch (ArithmeticException e) { System.out.println("caught " + e); }
        byte b = 10; b += 250; System.out.println(b);
        short s = 30000; s *= 3; System.out.println(s);
        char c = 'A'; c += 40000; System.out.println((int) c);
        int i = 1; i <<= 33; System.out.println(i);
        long l = 1; l <<= 65; System.out.println(l);
        System.out.println((-17 >> 2) + " " + (-17 >>> 28) + " " + (-17L >>> 60) + " " + (1 << -1) + " " + ((byte) -1 >>> 4));
        System.out.println((byte) 200 + " " + (short) 70000 + " " + (char) 65601 + " " + (int) 3.99e10 + " " + (long) -1e30 + " " + (int) Double.NaN);
        System.out.println((int) 'x' + 'y' + "z" + 'w' + 1 + 2);
        int[] arr = new int[3];
        int k = 0;
        arr[k++] = k++ + k++;
        System.out.println(arr[0] + " " + arr[1] + " " + arr[2] + " " + k);
        int x = 5; x = x++ + ++x; System.out.println(x);
        int y = next() * 10 + next(); System.out.println(y);
        Integer a1 = 127, a2 = 127, a3 = 128, a4 = 128;
        System.out.println((a1 == a2) + " " + (a3 == a4) + " " + a3.equals(a4));
        Long L1 = 100L, L2 = 100L; System.out.println(L1 == L2);
        Character ch1 = 'a', ch2 = 'a'; System.out.println(ch1 == ch2);
        System.out.println(Integer.compare(3, 5) + " " + Long.compare(5, 3) + " " + Character.compare('a', 'b') + " " + Boolean.compare(true, false));
        System.out.println(Integer.parseInt("-0042") + " " + Integer.valueOf("+17") + " " + Long.parseLong("9223372036854775807") + " " + Integer.parseInt("ff", 16));
        try { Integer.parseInt("2147483648"); } catch (NumberFormatException e) { System.out.println(e.getMessage()); }
        try { Integer.parseInt(""); } catch (NumberFormatException e) { System.out.println(e.getMessage()); }
        try { Long.parseLong("12a"); } catch (NumberFormatException e) { System.out.println(e.getMessage()); }
        System.out.println(Integer.MAX_VALUE + 1);
        System.out.println(Long.MAX_VALUE + 1);
        System.out.println(Short.MAX_VALUE + " " + Byte.MIN_VALUE + " " + (int) Character.MAX_VALUE);
        System.out.println(Integer.toHexString(Float.floatToIntBits(1.5f)) + " " + Long.toHexString(Double.doubleToLongBits(-2.25)));
        System.out.println(Float.intBitsToFloat(0x3f800001) + " " + Double.longBitsToDouble(0x3ff0000000000001L));
        System.out.println(Integer.sum(3, 4) + " " + Integer.max(3, 4) + " " + Long.min(-3, 4));
        System.out.println(Integer.hashCode(-5) + " " + Boolean.hashCode(true) + " " + Double.hashCode(1.5) + " " + Character.hashCode('z') + " " + Float.hashCode(2.5f));
    }
}
