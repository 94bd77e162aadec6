public class ToBaseConversions {
    static String toBase(long n, int base) {
        if (n == 0) return "0";
        String digits = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
        boolean negative = n < 0;
        StringBuilder sb = new StringBuilder();
        while (n != 0) {
            int d = (int) Math.abs(n % base);
            sb.append(digits.charAt(d));
            n /= base;
        }
        if (negative) sb.append('-');
        return sb.reverse().toString();
    }

    static long fromBase(String s, int base) {
        long v = 0;
        for (char c : s.toUpperCase().toCharArray()) v = v * base + Character.digit(c, base);
        return v;
    }

    public static void main(String[] args) {
        long[] values = {0, 1, 255, -255, 1000000, Long.MAX_VALUE, Long.MIN_VALUE};
        int[] bases = {2, 7, 16, 36};
        for (long v : values) {
            StringBuilder sb = new StringBuilder(v + ":");
            for (int b : bases) sb.append(' ').append(toBase(v, b));
            System.out.println(sb);
        }
        System.out.println(fromBase("FF", 16) + " " + fromBase("zz", 36) + " " + fromBase("101010", 2) + " " + Long.toString(-255, 16) + " " + Integer.toString(255, 7));
    }
}
