public class IntegerBits {
    public static void main(String[] args) {
        int[] values = {0, 1, -1, 6, 255, 1 << 20, Integer.MAX_VALUE, Integer.MIN_VALUE, 0x12345678, -1000};
        for (int v : values) {
            System.out.println(v + ": bits " + Integer.bitCount(v) + " lz " + Integer.numberOfLeadingZeros(v)
                + " tz " + Integer.numberOfTrailingZeros(v) + " high " + Integer.highestOneBit(v)
                + " low " + Integer.lowestOneBit(v) + " sign " + Integer.signum(v));
            System.out.println("  rotl " + Integer.rotateLeft(v, 5) + " rotr " + Integer.rotateRight(v, 5)
                + " rev " + Integer.reverse(v) + " bytes " + Integer.reverseBytes(v));
            System.out.println("  unsigned " + Integer.toUnsignedLong(v) + " " + Integer.toUnsignedString(v)
                + " hex " + Integer.toHexString(v) + " bin " + Integer.toBinaryString(v & 0xFF));
        }
        System.out.println(Integer.divideUnsigned(-1, 3) + " " + Integer.remainderUnsigned(-1, 3));
        System.out.println(Integer.compareUnsigned(-1, 1) + " " + Integer.compareUnsigned(1, 2) + " " + Integer.compare(-1, 1));
        System.out.println(Integer.sum(40, 2) + " " + Integer.max(3, 9) + " " + Integer.min(3, 9));
        Integer boxed = Integer.valueOf("123");
        System.out.println(boxed + 1);
        System.out.println(Integer.valueOf("ff", 16) + " " + Integer.parseInt("-777", 8));
        System.out.println(boxed.shortValue() + " " + boxed.byteValue() + " " + boxed.floatValue() + " " + boxed.doubleValue());
        System.out.println(Integer.hashCode(99) + " " + boxed.hashCode() + " " + boxed.compareTo(200));
    }
}
