public class LongDivisionEdges {
    public static void main(String[] args) {
        long min = Long.MIN_VALUE;
        long[] dividends = {min, -7L, 7L, 0L, Long.MAX_VALUE};
        long[] divisors = {-1L, 2L, -3L, min, Long.MAX_VALUE};
        for (long a : dividends) {
            StringBuilder sb = new StringBuilder(a + ":");
            for (long b : divisors) sb.append(' ').append(a / b).append('r').append(a % b);
            System.out.println(sb);
        }
        int imin = Integer.MIN_VALUE;
        System.out.println((imin / -1) + " " + (imin % -1) + " " + Math.floorDiv(imin, -1) + " " + Math.floorMod(-7L, 3L));
        try {
            System.out.println(5L / (min - min));
        } catch (ArithmeticException e) {
            System.out.println("long " + e.getMessage());
        }
        try {
            System.out.println(5L % 0L);
        } catch (ArithmeticException e) {
            System.out.println("long rem " + e.getMessage());
        }
        System.out.println(Long.divideUnsigned(min, 3L) + " " + Long.remainderUnsigned(-1L, 10L) + " " + (5.0 / 0) + " " + (-5 % 0.0));
    }
}
