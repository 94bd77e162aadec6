public class FloatPrecision {
    public static void main(String[] args) {
        float f = 0;
        for (int i = 0; i < 10; i++) f += 0.1f;
        double d = 0;
        for (int i = 0; i < 10; i++) d += 0.1;
        System.out.println(f + " " + d + " " + (f == 1.0f) + " " + (d == 1.0) + " " + (float) d);
        float third = 1.0f / 3;
        System.out.println(third + " " + (double) third + " " + third * 3 + " " + (third * 3 == 1.0f));
        float big = 16777216f;
        System.out.println((big + 1) + " " + (big + 2) + " " + (int) (big + 1) + " " + (long) 1e19f + " " + (int) Float.NaN);
        float[] values = {1.5f, -0.0f, 3.4e38f, 1.17549435E-38f * 2, 100f / 7f, 2.5e-3f};
        for (float v : values) System.out.println(v + " " + (v * 2) + " " + (v / 3) + " " + Math.round(v));
        double mixed = 0.1f + 0.2;
        System.out.println(mixed + " " + (0.1f + 0.2f) + " " + (float) (0.1 + 0.2) + " " + (1e10f * 1e10f) + " " + (-1e30f * 1e30f));
    }
}
