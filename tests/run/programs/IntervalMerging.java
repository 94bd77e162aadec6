public class IntervalMerging {
    public static void main(String[] args) {
        int[][] intervals = {{8, 10}, {1, 3}, {2, 6}, {15, 18}, {17, 20}, {9, 9}, {21, 22}};
        java.util.Arrays.sort(intervals, (a, b) -> Integer.compare(a[0], b[0]));
        int[][] merged = new int[intervals.length][];
        int count = 0;
        for (int[] iv : intervals) {
            if (count > 0 && merged[count - 1][1] >= iv[0]) merged[count - 1][1] = Math.max(merged[count - 1][1], iv[1]);
            else merged[count++] = new int[] {iv[0], iv[1]};
        }
        StringBuilder sb = new StringBuilder();
        int covered = 0;
        for (int i = 0; i < count; i++) {
            sb.append(java.util.Arrays.toString(merged[i])).append(' ');
            covered += merged[i][1] - merged[i][0];
        }
        System.out.println(sb.toString().trim() + " covering " + covered);
    }
}
