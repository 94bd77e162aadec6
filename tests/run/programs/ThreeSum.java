public class ThreeSum {
    public static void main(String[] args) {
        int[] nums = {-4, -1, -1, 0, 1, 2, 3, -2, 2};
        java.util.Arrays.sort(nums);
        StringBuilder sb = new StringBuilder();
        int found = 0;
        for (int i = 0; i < nums.length - 2; i++) {
            if (i > 0 && nums[i] == nums[i - 1]) continue;
            int lo = i + 1, hi = nums.length - 1;
            while (lo < hi) {
                int sum = nums[i] + nums[lo] + nums[hi];
                if (sum == 0) {
                    sb.append('[').append(nums[i]).append(',').append(nums[lo]).append(',').append(nums[hi]).append("] ");
                    found++;
                    while (lo < hi && nums[lo] == nums[lo + 1]) lo++;
                    while (lo < hi && nums[hi] == nums[hi - 1]) hi--;
                    lo++;
                    hi--;
                } else if (sum < 0) lo++;
                else hi--;
            }
        }
        System.out.println(found + " triples: " + sb.toString().trim());
    }
}
