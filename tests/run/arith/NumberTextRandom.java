// NumberTextRandom: Double/Float toString and parsing over many random bit patterns and magnitudes
import java.util.Random;

public class NumberTextRandom {
    public static void main(String[] args) {
        Random r = new Random(12345);
        long h = 0;
        StringBuilder sample = new StringBuilder();
        for (int i = 0; i < 20000; i++) {
            double d = Double.longBitsToDouble(r.nextLong());
            if (Double.isNaN(d)) continue;
            String s = Double.toString(d);
            h = h * 31 + s.hashCode();
            if (Double.parseDouble(s) != d) System.out.println("roundtrip " + s);
            if (i % 1000 == 0) sample.append(s).append(' ');
        }
        System.out.println(sample); System.out.println(h);
        h = 0; sample.setLength(0);
        for (int i = 0; i < 20000; i++) {
            float f = Float.intBitsToFloat(r.nextInt());
            if (Float.isNaN(f)) continue;
            String s = Float.toString(f);
            h = h * 31 + s.hashCode();
            if (Float.parseFloat(s) != f) System.out.println("froundtrip " + s);
            if (i % 1000 == 0) sample.append(s).append(' ');
        }
        System.out.println(sample); System.out.println(h);
        h = 0; sample.setLength(0);
        for (int i = 0; i < 20000; i++) {
            double d = (r.nextDouble() - 0.5) * Math.pow(10, r.nextInt(40) - 20);
            String s = d + "|" + (float) d + "|" + String.format("%.4f|%.3e|%g", d, d, d);
            h = h * 31 + s.hashCode();
            if (i % 2000 == 0) sample.append(s).append(' ');
        }
        System.out.println(sample); System.out.println(h);
        h = 0;
        for (int i = 0; i < 5000; i++) {
            int digits = 1 + r.nextInt(20);
            StringBuilder t = new StringBuilder();
            for (int k = 0; k < digits; k++) t.append((char) ('0' + r.nextInt(10)));
            t.insert(r.nextInt(digits + 1), '.');
            if (t.length() == 1) continue;
            t.append('e').append(r.nextInt(700) - 350);
            double d = Double.parseDouble(t.toString());
            float f = Float.parseFloat(t.toString());
            h = h * 31 + Double.hashCode(d) + Float.hashCode(f);
        }
        System.out.println(h);
        for (int k = 0; k <= 30; k++) System.out.print((float) Math.pow(2, k * 5 - 70) + " " + Math.pow(3, k - 15) + " ");
        System.out.println();
    }
}
