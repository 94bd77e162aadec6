import java.util.Arrays;

public class ArraysUtilities {
    public static void main(String[] args) {
        int[] numbers = {5, -3, 9, 0, 9, 2, -2147483648, 7};
        System.out.println(Arrays.toString(numbers));
        Arrays.sort(numbers);
        System.out.println(Arrays.toString(numbers));
        long[] longs = {3L, 1L, 2L};
        Arrays.sort(longs);
        System.out.println(Arrays.toString(longs));
        int[] copy = Arrays.copyOf(numbers, 10);
        System.out.println(Arrays.toString(copy));
        System.out.println(Arrays.equals(numbers, Arrays.copyOf(numbers, 8)));
        System.out.println(Arrays.equals(numbers, copy));
        boolean[] flags = new boolean[3];
        Arrays.fill(flags, true);
        System.out.println(Arrays.toString(flags));
        System.out.println(Arrays.toString(new double[] {0.5, -1.0}));
        System.out.println(Arrays.toString(new char[] {'h', 'i'}));
        System.out.println(Arrays.toString(new Object[] {"a", 1, null}));
        int[] none = null;
        System.out.println(Arrays.toString(none));
        int[] big = new int[1000];
        int i = 0;
        while (i < 1000) { big[i] = ((i * 7919) % 1000) - 500; i = i + 1; }
        Arrays.sort(big);
        System.out.println(big[0] + " " + big[1] + " " + big[999]);
    }
}
