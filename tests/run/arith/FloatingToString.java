// Double.toString and Float.toString as JDK 17 (the oracle here) writes them: an integer below 2^63 with
// all its digits down to the format's precision, the rest by its digit loop in 32-bit, 64-bit and
// big-number arithmetic, whose stopping tests sometimes give a digit more than the shortest form.
public class FloatingToString {
    public static void main(String[] args) {
        double power = 1;
        float floatPower = 1;
        for (int i = 0; i < 70; i++) {
            System.out.println("2^" + i + " " + power + " " + floatPower + " " + (1 / power) + " " + (1 / floatPower));
            power *= 2;
            floatPower *= 2;
        }
        double factorial = 1;
        for (int i = 1; i <= 30; i++) {
            factorial *= i;
            System.out.println(i + "! " + factorial + " " + (float) factorial);
        }
        float growing = 1;
        double rising = 1;
        double shrinking = 1;
        for (int i = 0; i < 40; i++) {
            growing = growing * 3.7f + 0.3f;
            rising = rising * 7.3 + 0.1;
            shrinking = shrinking / 7.3;
            System.out.println(growing + " " + (double) growing + " " + rising + " " + shrinking + " " + (float) shrinking);
        }
        double[] doubles = {
            1.0E23, 8.41E21, 2.0E-3, 0.001, 1.0E-4, 9999999.0, 1.0E7, 9999999.999999998, 4.35 * 100, 0.1 + 0.2,
            Double.MIN_VALUE, Double.MIN_NORMAL, Double.MAX_VALUE, 9007199254740993.0, Long.MAX_VALUE, -Math.PI,
            Math.E, 1.0 / 3, 2.0 / 3, 100.0, 1234567.0, 12345678.0, 0.5, 0.25, 1.0E-300, 1.0E300, -0.0
        };
        for (double value : doubles) System.out.println(value + " " + (float) value);
        float[] floats = {
            123456789.0f, 16777217.0f, 1.0E10f, 3.0E9f, 0.1f, 1.1f * 1.1f, 100.0f / 3, Float.MIN_VALUE,
            Float.MIN_NORMAL, Float.MAX_VALUE, 33554431.0f, 1.0E-10f, 7.0E-45f, 9999999.0f, 0.3f
        };
        for (float value : floats) System.out.println(value);
        long state = 88172645463325252L;
        for (int i = 0; i < 1500; i++) {
            state ^= state << 13;
            state ^= state >>> 7;
            state ^= state << 17;
            double value = Double.longBitsToDouble(state);
            if (i % 4 == 1) value = (double) (state >>> (state & 63));
            if (i % 4 == 2) value = (state % 100000) / Math.pow(10, (int) ((state >>> 40) % 30) - 10);
            if (i % 4 == 3) value = Math.pow(2, (int) ((state >>> 20) % 2100) - 1075);
            float single = i % 2 == 1 ? (float) value : Float.intBitsToFloat((int) (state >>> 17));
            System.out.println(value + " " + single);
        }
    }
}
