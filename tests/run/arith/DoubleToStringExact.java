public class DoubleToStringExact {
    public static void main(String[] args) {
        double[] v = {0.1 + 0.2, 1.0 / 3.0, 2.0 / 3.0, 3.141592653589793, 2.718281828459045, 0.1 * 3.0, 9.007199254740992E15, 1.2345678912345679E8, 1.0 / 7.0, 100.0 / 3.0, 1.7976931348623157E308, 2.2250738585072014E-308, 0.3, 1.0E22, 1.0E21, 4.35, (double) 0.1f, (double) 16777217.0f, (double) 3.4028235E38f, 1.0E-300, 123.456, 1.0E7, 9999999.999999998, 0.001, 9.999999999999998E-4, 2.5E-5};
        int i = 0;
        while (i < v.length) { System.out.println(v[i]); i = i + 1; }
        float[] f = {0.1f + 0.2f, 1.0f / 3.0f, 3.4028235E38f, 1.6777216E7f, 0.33333334f, 1.1f, 100.0f / 3.0f, 1.0E-10f, 7.0E-45f};
        i = 0;
        while (i < f.length) { System.out.println(f[i]); i = i + 1; }
    }
}
