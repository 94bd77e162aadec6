public class ClockAngles {
    static double angle(int h, int m) {
        double hourAngle = (h % 12) * 30 + m * 0.5;
        double minuteAngle = m * 6;
        double a = Math.abs(hourAngle - minuteAngle);
        return Math.min(a, 360 - a);
    }

    public static void main(String[] args) {
        int[][] times = {{3, 0}, {12, 30}, {9, 45}, {6, 0}, {1, 5}, {11, 59}};
        for (int[] t : times) System.out.printf("%02d:%02d -> %.1f degrees%n", t[0], t[1], angle(t[0], t[1]));
        int overlaps = 0;
        for (int h = 0; h < 12; h++) for (int m = 0; m < 60; m++) if (angle(h, m) < 3) overlaps++;
        System.out.println("near overlaps per 12h: " + overlaps);
        double x = Math.cos(Math.toRadians(60)), y = Math.sin(Math.toRadians(60));
        System.out.printf("unit vector at 60: (%.6f, %.6f) length %.12f%n", x, y, Math.hypot(x, y));
    }
}
