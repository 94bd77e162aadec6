public class FormatAndPrintf {
    public static void main(String[] args) {
        System.out.println(String.format("%d items, %s, %5d|%-5d|%05d", 42, "text", 7, 7, -7));
        System.out.println(String.format("%.2f %.0f %.3f %f %10.4f|%-10.1f|", 3.14159, 2.5, -0.0005, 1e10, Math.PI, -2.25));
        System.out.println(String.format("%,d %,.2f %+d %+.1f % d", 1234567, 9876543.219, 5, 1.25, 42));
        System.out.println(String.format("%x %X %o %08x %x %x", 255, 255, 8, 48879, -1, 1L << 40));
        System.out.println(String.format("%c%c %b %B %b %s", 'h', 105, true, false, null, null));
        System.out.println(String.format("%s and %s%n100%% %3$s %1$s", "a", "b", "c"));
        System.out.println(String.format("%.3s|%10s|%-6s|", "abcdef", "right", "left"));
        System.out.println(String.format("%.2f %.2f %.2f %.2f %.1f %.1f", 0.125, 0.135, 1.005, 2.675, 0.05, 0.25));
        System.out.printf("%-8s%8s%n", "name", "score");
        String[] names = {"ada", "grace", "linus"};
        double[] scores = {97.5, 88.25, 100};
        for (int i = 0; i < names.length; i++) System.out.printf("%-8s%8.2f%n", names[i], scores[i]);
        System.out.printf("total %d of %d (%.1f%%)%n", 2, 3, 200.0 / 3);
        System.out.println("%d-%s".formatted(7, "x"));
        long big = 9876543210L;
        System.out.println(String.format("[%12d] [%-12d] [%,d] [%d]", big, big, big, Long.MIN_VALUE));
    }
}
