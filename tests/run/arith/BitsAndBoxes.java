// Integer and Long bit utilities, unsigned arithmetic, shifts past the width, narrowing casts, compound assignment narrowing and char arithmetic.
public class BitsAndBoxes {
    public static void main(String[] args) {
        int[] ints = {0, 1, -1, 7, 0x80000000, 0x7fffffff, 0x12345678, -123456789, 1 << 20};
        for (int i : ints) {
            System.out.println(i + ": bc=" + Integer.bitCount(i) + " hob=" + Integer.highestOneBit(i) + " lob=" + Integer.lowestOneBit(i) + " nlz=" + Integer.numberOfLeadingZeros(i) + " ntz=" + Integer.numberOfTrailingZeros(i)
                + " rev=" + Integer.reverse(i) + " rb=" + Integer.reverseBytes(i) + " rl=" + Integer.rotateLeft(i, 5) + " rr=" + Integer.rotateRight(i, 37) + " sig=" + Integer.signum(i)
                + " bin=" + Integer.toBinaryString(i) + " uns=" + Integer.toUnsignedLong(i) + " udiv=" + Integer.divideUnsigned(i, 7) + " urem=" + Integer.remainderUnsigned(i, 7) + " ucmp=" + Integer.compareUnsigned(i, 5));
        }
        long[] longs = {0L, -1L, Long.MIN_VALUE, Long.MAX_VALUE, 0x123456789abcdefL, -987654321987L};
        for (long l : longs) {
            System.out.println(l + ": bc=" + Long.bitCount(l) + " hob=" + Long.highestOneBit(l) + " nlz=" + Long.numberOfLeadingZeros(l) + " ntz=" + Long.numberOfTrailingZeros(l) + " rev=" + Long.reverse(l) + " rb=" + Long.reverseBytes(l)
                + " rl=" + Long.rotateLeft(l, 13) + " hex=" + Long.toHexString(l) + " oct=" + Long.toOctalString(l) + " udiv=" + Long.divideUnsigned(l, 10) + " urem=" + Long.remainderUnsigned(l, 10) + " ustr=" + Long.toUnsignedString(l) + " ucmp=" + Long.compareUnsigned(l, 1));
        }
        int x = 1;
        System.out.println((x << 32) + " " + (x << 33) + " " + (x << -1) + " " + (-8 >> 1) + " " + (-8 >>> 1) + " " + (-8 >>> 33) + " " + (1L << 64) + " " + (1L << 65) + " " + (-1L >>> 63) + " " + (-1 >>> 0));
        byte b = (byte) 200; short s = (short) 70000; char c = (char) -1; int fromChar = c;
        System.out.println(b + " " + s + " " + (int) c + " " + fromChar + " " + (byte) -129 + " " + (short) -32769 + " " + (char) 65601 + " " + (int) (char) (byte) -1);
        byte acc = 100; acc += 100; short sacc = 30000; sacc *= 3; char cacc = 'z'; cacc += 10; int iacc = Integer.MAX_VALUE; iacc += 1; long lacc = 5; lacc /= 2.5;
        int idiv = 17; idiv /= 0.5; idiv >>= 1; int mixed = 10; mixed *= 1.55;
        System.out.println(acc + " " + sacc + " " + (int) cacc + " " + iacc + " " + lacc + " " + idiv + " " + mixed);
        char letter = 'a'; letter++; letter += 2;
        System.out.println(letter + " " + (char) (letter + 1) + " " + (letter + 1) + " " + ('a' + 'b') + " " + (char) ('a' + 'b') + " " + "x" + 'y' + 'z' + " " + ('y' + 'z') + "x");
        System.out.println((int) 3.99 + " " + (int) -3.99 + " " + (int) Double.NaN + " " + (int) 1e20 + " " + (long) -1e30 + " " + (int) Float.POSITIVE_INFINITY + " " + (short) 1e10 + " " + (byte) 300.7 + " " + (char) 65.9 + " " + (long) 9.223372036854776E18);
        System.out.println((float) 16777217 + " " + (float) 123456789L + " " + (double) Long.MAX_VALUE + " " + (float) 0.1 + " " + (0.1f + 0.2f) + " " + (0.1 + 0.2) + " " + (float) 1e40 + " " + 1.0f / 3 + " " + 100.0f / 3);
        System.out.println(Integer.MIN_VALUE / -1 + " " + Integer.MIN_VALUE % -1 + " " + Long.MIN_VALUE / -1 + " " + Math.abs(Integer.MIN_VALUE) + " " + -Integer.MIN_VALUE + " " + Math.negateExact(5));
        try { Math.addExact(Integer.MAX_VALUE, 1); } catch (ArithmeticException e) { System.out.println(e.getMessage()); }
        try { Math.multiplyExact(1L << 62, 2L); } catch (ArithmeticException e) { System.out.println(e.getMessage()); }
        try { Math.toIntExact(1L << 40); } catch (ArithmeticException e) { System.out.println(e.getMessage()); }
        try { Math.incrementExact(Integer.MAX_VALUE); } catch (ArithmeticException e) { System.out.println(e.getMessage()); }
        System.out.println(Integer.parseInt("-ff", 16) + " " + Integer.parseInt("+101", 2) + " " + Integer.valueOf("0777".substring(1), 8) + " " + Long.parseLong("zz", 36) + " " + Integer.decode("0x1F") + " " + Integer.decode("-010") + " " + Long.decode("#ff") + " " + Short.parseShort("-32768") + " " + Byte.parseByte("7f", 16));
        try { Byte.parseByte("128"); } catch (NumberFormatException e) { System.out.println(e.getMessage()); }
        try { Integer.parseInt("99", 8); } catch (NumberFormatException e) { System.out.println(e.getMessage()); }
        try { Integer.parseInt(""); } catch (NumberFormatException e) { System.out.println(e.getMessage()); }
        try { Long.parseLong("12L"); } catch (NumberFormatException e) { System.out.println(e.getMessage()); }
        System.out.println(Integer.MAX_VALUE + 1 + " " + (Long.MAX_VALUE + 1) + " " + (short) (Short.MAX_VALUE + 1) + " " + Character.MAX_VALUE + 0 + " " + Byte.MIN_VALUE + " " + Float.MIN_NORMAL + " " + Double.MIN_NORMAL);
        System.out.println(Integer.toString(255, 2) + " " + Integer.toString(-255, 36) + " " + Integer.toString(10, 99) + " " + Long.toString(-1L, 2).length() + " " + Integer.parseUnsignedInt("ffffffff", 16) + " " + Long.parseUnsignedLong("18446744073709551615") + " " + Integer.sum(3, 4) + Integer.max(3, 9) + Long.min(-1, 2));
        System.out.println(Float.floatToIntBits(1.5f) + " " + Float.intBitsToFloat(0x7f800000) + " " + Double.doubleToLongBits(-0.0) + " " + Double.longBitsToDouble(0x3ff8000000000000L) + " " + Float.floatToRawIntBits(Float.NaN) + " " + Double.isFinite(1e308 * 10) + " " + Float.isNaN(0f / 0f) + " " + Math.ulp(1.0) + " " + Math.nextUp(1.0f) + " " + Math.getExponent(1024.0) + " " + Math.scalb(1.5, 4));
    }
}
