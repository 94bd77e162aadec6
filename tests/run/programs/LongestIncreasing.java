public class LongestIncreasing {
    public static void main(String[] args) {
        int[] a = {10, 9, 2, 5, 3, 7, 101, 18, 4, 8, 6, 12, 13, 1};
        int[] length = new int[a.length];
        int[] previous = new int[a.length];
        int best = 0;
        for (int i = 0; i < a.length; i++) {
            length[i] = 1;
            previous[i] = -1;
            for (int j = 0; j < i; j++) {
                if (a[j] < a[i] && length[j] + 1 > length[i]) { length[i] = length[j] + 1; previous[i] = j; }
            }
            if (length[i] > length[best]) best = i;
        }
        int[] seq = new int[length[best]];
        for (int i = best, k = seq.length - 1; i >= 0; i = previous[i], k--) seq[k] = a[i];
        System.out.println("length " + length[best] + " " + java.util.Arrays.toString(seq));
        int maxSum = Integer.MIN_VALUE, current = 0, start = 0, bestStart = 0, bestEnd = 0;
        int[] b = {-2, 1, -3, 4, -1, 2, 1, -5, 4};
        for (int i = 0; i < b.length; i++) {
            if (current <= 0) { current = b[i]; start = i; } else current += b[i];
            if (current > maxSum) { maxSum = current; bestStart = start; bestEnd = i; }
        }
        System.out.println("max subarray " + maxSum + " from " + bestStart + " to " + bestEnd);
    }
}
