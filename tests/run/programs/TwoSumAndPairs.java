public class TwoSumAndPairs {
    public static void main(String[] args) {
        int[] nums = {2, 7, 11, 15, -3, 4, 6, 1};
        int target = 8;
        for (int i = 0; i < nums.length; i++)
            for (int j = i + 1; j < nums.length; j++)
                if (nums[i] + nums[j] == target) System.out.println(nums[i] + " + " + nums[j] + " = " + target);
        int[] sorted = nums.clone();
        java.util.Arrays.sort(sorted);
        int lo = 0, hi = sorted.length - 1, pairs = 0;
        while (lo < hi) {
            int s = sorted[lo] + sorted[hi];
            if (s == target) { pairs++; lo++; hi--; }
            else if (s < target) lo++;
            else hi--;
        }
        System.out.println("pairs by two pointers: " + pairs);
        boolean[] seen = new boolean[40];
        StringBuilder dup = new StringBuilder();
        for (int v : new int[] {3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5}) {
            if (seen[v]) dup.append(v).append(' ');
            seen[v] = true;
        }
        System.out.println("duplicates: " + dup.toString().trim());
    }
}
