public class ArrayStatistics {
    static double median(int[] sorted) {
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0;
    }

    static int mode(int[] sorted) {
        int best = sorted[0], bestCount = 0, run = 0;
        for (int i = 0; i < sorted.length; i++) {
            run = (i > 0 && sorted[i] == sorted[i - 1]) ? run + 1 : 1;
            if (run > bestCount) { bestCount = run; best = sorted[i]; }
        }
        return best;
    }

    public static void main(String[] args) {
        int[] data = {4, 8, 15, 16, 23, 42, 8, 15, 8, 4, 99, -3};
        int[] sorted = data.clone();
        java.util.Arrays.sort(sorted);
        long sum = 0;
        int min = Integer.MAX_VALUE, max = Integer.MIN_VALUE;
        for (int v : data) { sum += v; min = Math.min(min, v); max = Math.max(max, v); }
        double mean = (double) sum / data.length;
        double sq = 0;
        for (int v : data) sq += (v - mean) * (v - mean);
        System.out.println("n=" + data.length + " sum=" + sum + " min=" + min + " max=" + max);
        System.out.println("mean=" + mean + " median=" + median(sorted) + " mode=" + mode(sorted));
        System.out.printf("stddev=%.5f range=%d%n", Math.sqrt(sq / (data.length - 1)), max - min);
        System.out.println(java.util.Arrays.toString(sorted) + " unchanged " + data[0]);
    }
}
