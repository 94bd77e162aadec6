// Loops that start their counter above zero and read behind it (`a[i - 1]`, `w[t - 16]`): the accesses
// the optimiser proves in bounds, and the ones that must still throw.
public class LoopsFromAnOffset {
    static long[] fibonacci(int count) {
        long[] numbers = new long[count];
        numbers[0] = 0;
        numbers[1] = 1;
        for (int i = 2; i < numbers.length; i++) numbers[i] = numbers[i - 1] + numbers[i - 2];
        return numbers;
    }

    static int[] prefixSums(int[] values) {
        int[] sums = new int[values.length + 1];
        for (int i = 1; i < sums.length; i++) sums[i] = sums[i - 1] + values[i - 1];
        return sums;
    }

    static long schedule() {
        long[] w = new long[80];
        for (int t = 0; t < 16; t++) w[t] = t * 3 + 1;
        for (int t = 16; t < 80; t++) w[t] = w[t - 16] + (w[t - 15] >>> 1) + w[t - 7] + (w[t - 2] << 1);
        long total = 0;
        for (int t = 0; t < 80; t++) total = total * 31 + w[t];
        return total;
    }

    static int reachTooFar(int[] values) {
        int total = 0;
        for (int i = 3; i < values.length; i++) total += values[i - 4];
        return total;
    }

    static int shortArray() {
        int[] small = new int[5];
        int total = 0;
        for (int i = 1; i < 10; i++) total += small[i - 1] + i;
        return total;
    }

    public static void main(String[] args) {
        long[] numbers = fibonacci(40);
        System.out.println(numbers[39] + " " + numbers[20]);
        int[] sums = prefixSums(new int[] { 3, 1, 4, 1, 5, 9, 2, 6 });
        StringBuilder text = new StringBuilder();
        for (int sum : sums) text.append(sum).append(' ');
        System.out.println(text.toString().trim());
        System.out.println(schedule());
        try {
            System.out.println(reachTooFar(new int[] { 1, 2, 3, 4, 5 }));
        } catch (ArrayIndexOutOfBoundsException e) {
            System.out.println(e.getMessage());
        }
        try {
            System.out.println(shortArray());
        } catch (ArrayIndexOutOfBoundsException e) {
            System.out.println(e.getMessage());
        }
    }
}
