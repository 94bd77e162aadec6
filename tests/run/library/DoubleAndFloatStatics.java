public class DoubleAndFloatStatics {
    public static void main(String[] args) {
        double[] values = {0.0, -0.0, 1.5, -2.25, 1e300, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.MIN_VALUE};
        for (double v : values) {
            System.out.println(v + ": nan " + Double.isNaN(v) + " inf " + Double.isInfinite(v) + " finite " + Double.isFinite(v)
                + " bits " + Double.doubleToLongBits(v) + " hash " + Double.hashCode(v));
            System.out.println("  back " + Double.longBitsToDouble(Double.doubleToRawLongBits(v))
                + " cmp0 " + Double.compare(v, 0.0) + " signum " + Math.signum(v) + " abs " + Math.abs(v));
        }
        System.out.println(Double.compare(-0.0, 0.0) + " " + Double.compare(Double.NaN, Double.POSITIVE_INFINITY) + " " + Double.compare(Double.NaN, Double.NaN));
        System.out.println(Double.max(-0.0, 0.0) + " " + Double.min(-0.0, 0.0) + " " + Double.sum(0.1, 0.2));
        Double boxed = 2.5;
        System.out.println(boxed.compareTo(3.0) + " " + boxed.isNaN() + " " + boxed.longValue() + " " + boxed.floatValue());
        float[] floats = {0.0f, -0.0f, 1.25f, -7.5f, Float.NaN, Float.MAX_VALUE};
        for (float f : floats) {
            System.out.println(f + ": nan " + Float.isNaN(f) + " inf " + Float.isInfinite(f) + " bits " + Float.floatToIntBits(f)
                + " back " + Float.intBitsToFloat(Float.floatToRawIntBits(f)) + " cmp " + Float.compare(f, 1.0f)
                + " abs " + Math.abs(f) + " round " + Math.round(f));
        }
        Float f = 3.75f;
        System.out.println(f.intValue() + " " + f.longValue() + " " + f.compareTo(1.0f) + " " + Math.max(1.5f, -2.5f) + " " + Math.min(1.5f, -2.5f));
    }
}
