public class LabeledReturn {
    static int firstNegative(int[] values) {
        for (int i = 0; i < values.length; i++) if (values[i] < 0) return values[i];
        return 0;
    }
    public static void main(String[] args) {
        int[] data = {4, 8, 15, 16, 23, 42};
        int index = -1;
        for (int i = 0; i < data.length; i++) { if (data[i] == 16) { index = i; break; } }
        System.out.println(index);
        int count = 0;
        while (true) { count = count + 1; if (count >= 7) break; }
        System.out.println(count);
        System.out.println(firstNegative(new int[] {3, 1, -4, 1, -5}));
        System.out.println(firstNegative(new int[] {3, 1}));
    }
}
