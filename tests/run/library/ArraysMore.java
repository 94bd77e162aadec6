import java.util.Arrays;

public class ArraysMore {
    public static void main(String[] args) {
        double[] ds = {3.5, -0.0, 0.0, Double.NaN, -7.25, 1e10, 2.0};
        Arrays.sort(ds);
        System.out.println(Arrays.toString(ds));
        char[] cs = "kiln compiler".toCharArray();
        Arrays.sort(cs);
        System.out.println(Arrays.toString(cs) + " " + String.valueOf(cs).trim());
        int[] is = {9, 8, 7, 6, 5, 4, 3, 2, 1};
        Arrays.sort(is, 2, 6);
        System.out.println(Arrays.toString(is));
        String[] words = {"pear", "Apple", "fig", "banana", "apple"};
        Arrays.sort(words);
        System.out.println(Arrays.toString(words));
        Arrays.sort(words, (a, b) -> a.length() != b.length() ? a.length() - b.length() : a.compareToIgnoreCase(b));
        System.out.println(Arrays.toString(words));
        Integer[] boxed = {5, 3, 9, 1};
        Arrays.sort(boxed);
        System.out.println(Arrays.toString(boxed) + " " + Arrays.binarySearch(boxed, 9) + " " + Arrays.binarySearch(boxed, 4));
        int[] sorted = {1, 3, 5, 7};
        System.out.println(Arrays.binarySearch(sorted, 5) + " " + Arrays.binarySearch(sorted, 6) + " " + Arrays.binarySearch(new long[] {2L, 4L}, 4L));
        System.out.println(Arrays.toString(Arrays.copyOfRange(is, 2, 5)) + " " + Arrays.toString(Arrays.copyOfRange(is, 7, 12)));
        System.out.println(Arrays.equals(new char[] {'a'}, new char[] {'a'}) + " " + Arrays.equals(new double[] {0.0}, new double[] {-0.0}) + " " + Arrays.equals(new Object[] {"x", null}, new Object[] {"x", null}));
        System.out.println(Arrays.hashCode(new int[] {1, 2, 3}) + " " + Arrays.hashCode(new long[] {1L << 40}) + " " + Arrays.hashCode(new double[] {1.5}) + " " + Arrays.hashCode(new Object[] {"a", 1}) + " " + Arrays.hashCode((int[]) null));
        Object[] filled = new Object[3];
        Arrays.fill(filled, "z");
        int[] partial = new int[6];
        Arrays.fill(partial, 1, 4, 7);
        System.out.println(Arrays.toString(filled) + " " + Arrays.toString(partial));
        byte[] bytes = {1, -2, 3};
        short[] shorts = new short[2];
        Arrays.fill(shorts, (short) 9);
        float[] floats = {1.5f, -0.25f};
        System.out.println(Arrays.toString(bytes) + " " + Arrays.toString(shorts) + " " + Arrays.toString(floats));
        int[][] grid = {{1, 2}, {3, 4, 5}};
        Object[] mixed = {grid, "s", new double[] {0.5}, null, new String[] {"in"}};
        System.out.println(Arrays.deepToString(grid) + " " + Arrays.deepToString(mixed));
        Object[] copy = Arrays.copyOf(new Object[] {"a", "b"}, 3);
        System.out.println(Arrays.toString(copy));
    }
}
