public class CountingBits {
    public static void main(String[] args) {
        int[] ones = new int[33];
        for (int i = 1; i <= 32; i++) ones[i] = ones[i >> 1] + (i & 1);
        System.out.println(java.util.Arrays.toString(ones));
        StringBuilder gray = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            int g = i ^ (i >> 1);
            String bits = Integer.toBinaryString(g);
            while (bits.length() < 4) bits = "0" + bits;
            gray.append(bits).append(i < 15 ? " " : "");
        }
        System.out.println(gray);
        int subsets = 0;
        int[] set = {3, 5, 7, 11};
        for (int mask = 0; mask < (1 << set.length); mask++) {
            int sum = 0;
            for (int b = 0; b < set.length; b++) if ((mask & (1 << b)) != 0) sum += set[b];
            if (sum % 2 == 0) subsets++;
        }
        System.out.println("subsets with even sum: " + subsets);
    }
}
