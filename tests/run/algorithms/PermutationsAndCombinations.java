public class PermutationsAndCombinations {
    static int count;
    static StringBuilder out = new StringBuilder();

    static void permute(char[] chars, int k) {
        if (k == chars.length) {
            count++;
            if (count <= 8) out.append(String.valueOf(chars)).append(' ');
            return;
        }
        for (int i = k; i < chars.length; i++) {
            char t = chars[k]; chars[k] = chars[i]; chars[i] = t;
            permute(chars, k + 1);
            t = chars[k]; chars[k] = chars[i]; chars[i] = t;
        }
    }

    static void combinations(int[] items, int start, int[] chosen, int depth) {
        if (depth == chosen.length) {
            StringBuilder sb = new StringBuilder("{");
            for (int i = 0; i < chosen.length; i++) sb.append(i > 0 ? "," : "").append(chosen[i]);
            System.out.print(sb.append("} "));
            return;
        }
        for (int i = start; i < items.length; i++) {
            chosen[depth] = items[i];
            combinations(items, i + 1, chosen, depth + 1);
        }
    }

    static long binomial(int n, int k) {
        long result = 1;
        for (int i = 1; i <= k; i++) result = result * (n - k + i) / i;
        return result;
    }

    public static void main(String[] args) {
        permute("abcd".toCharArray(), 0);
        System.out.println(out.toString().trim());
        System.out.println("permutations: " + count);
        combinations(new int[] {1, 2, 3, 4, 5}, 0, new int[3], 0);
        System.out.println();
        for (int n = 0; n <= 6; n++) {
            StringBuilder row = new StringBuilder();
            for (int k = 0; k <= n; k++) row.append(binomial(n, k)).append(k < n ? " " : "");
            System.out.println(row);
        }
        System.out.println("C(60,30) = " + binomial(60, 30));
    }
}
