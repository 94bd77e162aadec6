public class BinaryClock {
    public static void main(String[] args) {
        int[][] times = {{0, 0, 0}, {12, 34, 56}, {23, 59, 59}, {7, 5, 3}};
        for (int[] t : times) {
            StringBuilder sb = new StringBuilder(String.format("%02d:%02d:%02d ", t[0], t[1], t[2]));
            for (int part : t) {
                for (int bit = 5; bit >= 0; bit--) sb.append(((part >> bit) & 1) == 1 ? '1' : '0');
                sb.append(' ');
            }
            int seconds = t[0] * 3600 + t[1] * 60 + t[2];
            sb.append(seconds).append("s ").append(Integer.toBinaryString(seconds));
            System.out.println(sb);
        }
    }
}
