public class LongBits {
    public static void main(String[] args) {
        long[] values = {0L, 1L, -1L, 1L << 40, Long.MAX_VALUE, Long.MIN_VALUE, 0x123456789ABCDEFL, -1000000000000L};
        for (long v : values) {
            System.out.println(v + ": bits " + Long.bitCount(v) + " lz " + Long.numberOfLeadingZeros(v)
                + " tz " + Long.numberOfTrailingZeros(v) + " high " + Long.highestOneBit(v)
                + " low " + Long.lowestOneBit(v) + " sign " + Long.signum(v));
            System.out.println("  rotl " + Long.rotateLeft(v, 13) + " rotr " + Long.rotateRight(v, 13)
                + " rev " + Long.reverse(v) + " bytes " + Long.reverseBytes(v));
            System.out.println("  unsigned " + Long.toUnsignedString(v) + " hash " + Long.hashCode(v)
                + " hex " + Long.toHexString(v));
        }
        System.out.println(Long.divideUnsigned(-1L, 3L) + " " + Long.remainderUnsigned(-1L, 3L));
        System.out.println(Long.compareUnsigned(-1L, 1L) + " " + Long.compare(5L, 7L) + " " + Long.compare(7L, 7L));
        System.out.println(Long.max(3L, 9L) + " " + Long.min(3L, 9L) + " " + Long.sum(1L, 2L));
        Long boxed = Long.valueOf("9000000000");
        System.out.println(boxed + " " + boxed.compareTo(1L) + " " + boxed.doubleValue() + " " + (boxed.floatValue() > 8.9e9f));
    }
}
