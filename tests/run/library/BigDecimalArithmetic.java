import java.math.*;
import java.util.*;

public class BigDecimalArithmetic {
  static BigDecimal random(Random r) {
    long unscaled = r.nextInt(5) == 0 ? r.nextLong() : r.nextInt(200000) - 100000;
    int scale = r.nextInt(14) - 4;
    return BigDecimal.valueOf(unscaled, scale);
  }

  public static void main(String[] args) {
    Random r = new Random(2024);
    RoundingMode[] modes = {RoundingMode.UP, RoundingMode.DOWN, RoundingMode.CEILING, RoundingMode.FLOOR, RoundingMode.HALF_UP, RoundingMode.HALF_DOWN, RoundingMode.HALF_EVEN};
    long checksum = 0;
    for (int i = 0; i < 400; i++) {
      BigDecimal a = random(r), b = random(r);
      RoundingMode mode = modes[r.nextInt(modes.length)];
      StringBuilder line = new StringBuilder();
      line.append(a).append(' ').append(b).append(' ').append(a.add(b)).append(' ').append(a.subtract(b)).append(' ').append(a.multiply(b));
      line.append(' ').append(a.compareTo(b)).append(' ').append(a.stripTrailingZeros()).append(' ').append(a.toPlainString()).append(' ').append(a.toEngineeringString());
      line.append(' ').append(a.setScale(r.nextInt(6), mode)).append(' ').append(a.round(new MathContext(1 + r.nextInt(8), mode)));
      if (b.signum() != 0) {
        line.append(' ').append(a.divide(b, r.nextInt(10) - 2, mode));
        line.append(' ').append(a.divide(b, new MathContext(1 + r.nextInt(20), mode)));
        line.append(' ').append(a.remainder(b)).append(' ').append(a.divideToIntegralValue(b));
        try {
          line.append(' ').append(a.divide(b));
        } catch (ArithmeticException e) {
          line.append(" nonterminating");
        }
      }
      line.append(' ').append(a.doubleValue()).append(' ').append(a.longValue()).append(' ').append(a.hashCode()).append(' ').append(a.precision());
      System.out.println(line);
    }
    for (int i = 0; i < 60; i++) {
      double d = Double.longBitsToDouble(r.nextLong());
      if (Double.isNaN(d) || Double.isInfinite(d)) continue;
      BigDecimal exact = new BigDecimal(d);
      System.out.println(BigDecimal.valueOf(d) + " " + exact.round(MathContext.DECIMAL64) + " " + exact.precision() + " " + exact.scale());
    }
  }
}
