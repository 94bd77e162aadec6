public class DiceProbabilities {
    public static void main(String[] args) {
        long[] ways = new long[19];
        for (int a = 1; a <= 6; a++) for (int b = 1; b <= 6; b++) for (int c = 1; c <= 6; c++) ways[a + b + c]++;
        for (int s = 3; s <= 18; s++) System.out.printf("%2d: %3d %6.3f%% %s%n", s, ways[s], 100.0 * ways[s] / 216, "*".repeat((int) ways[s] / 2));
        double expected = 0;
        for (int s = 3; s <= 18; s++) expected += s * ways[s] / 216.0;
        System.out.println("expected " + expected);
    }
}
