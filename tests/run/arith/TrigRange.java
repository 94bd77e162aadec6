// sin, cos and tan across the whole double range, where the argument reduction needs the bits of 2/pi.
import java.util.*;

public class TrigRange {
  // Within one unit in the last place: Math may differ from StrictMath (fdlibm) by that much.
  static boolean close(double a, double b) {
    return Math.abs(a - b) <= Math.ulp(b);
  }

  public static void main(String[] args) {
    double x = 1.0;
    int n = 0;
    long agree = 0;
    for (int k = 0; k < 1760; k++) {
      x *= 1.5;
      if (Double.isInfinite(x)) break;
      double s = Math.sin(x), c = Math.cos(x), t = Math.tan(x);
      if (close(s, StrictMath.sin(x)) && close(c, StrictMath.cos(x)) && close(t, StrictMath.tan(x))) agree++;
      if (k % 97 == 0) System.out.println(x + " " + s + " " + c + " " + t);
      n++;
    }
    System.out.println(n + " " + agree);
    Random r = new Random(7);
    for (int i = 0; i < 2000; i++) {
      double y = Double.longBitsToDouble(r.nextLong() & 0x7fefffffffffffffL);
      if (y < 1e5) continue;
      double s = Math.sin(y);
      double c = Math.cos(-y);
      if (close(s, StrictMath.sin(y)) && close(c, StrictMath.cos(y)) && s * s + c * c > 0.999999 && s * s + c * c < 1.000001) agree++;
      if (i % 250 == 0) System.out.println(y + " " + s + " " + c);
    }
    System.out.println(agree);
    double hard = 6381956970095103.0 * Math.pow(2, 797);
    System.out.println(hard + " " + Math.sin(hard) + " " + Math.cos(hard) + " " + Math.tan(hard));
    for (double y : new double[]{1e6, 1048575.9999999999, 1048576.0, 2e9, -3e15, 1e22, Double.MAX_VALUE, -Double.MAX_VALUE, 0x1p1023, 5.0e-324, 1e-10}) {
      System.out.println(y + " " + Math.sin(y) + " " + Math.cos(y) + " " + Math.tan(y));
    }
  }
}
