public class TextHistogram {
    public static void main(String[] args) {
        int[] data = {3, 7, 1, 9, 4, 6, 2, 8, 5, 10};
        int max = 0;
        for (int d : data) max = Math.max(max, d);
        for (int level = max; level >= 1; level--) {
            StringBuilder row = new StringBuilder(String.format("%2d |", level));
            for (int d : data) row.append(d >= level ? " #" : "  ");
            System.out.println(row.toString().replaceAll("\\s+$", ""));
        }
        StringBuilder axis = new StringBuilder("   +");
        for (int i = 0; i < data.length; i++) axis.append("--");
        System.out.println(axis);
        double mean = 0;
        for (int d : data) mean += d;
        mean /= data.length;
        double variance = 0;
        for (int d : data) variance += (d - mean) * (d - mean);
        System.out.printf("mean %.2f stddev %.4f%n", mean, Math.sqrt(variance / data.length));
    }
}
