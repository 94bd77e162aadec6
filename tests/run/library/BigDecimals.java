import java.math.*;
import java.util.*;

public class BigDecimals {
  public static void main(String[] args) {
    BigDecimal price = new BigDecimal("19.99");
    BigDecimal qty = new BigDecimal("3");
    BigDecimal rate = new BigDecimal("0.0825");
    BigDecimal subtotal = price.multiply(qty);
    BigDecimal tax = subtotal.multiply(rate).setScale(2, RoundingMode.HALF_UP);
    System.out.println(subtotal + " " + tax + " " + subtotal.add(tax));
    System.out.println(new BigDecimal("10").divide(new BigDecimal("4")) + " " + new BigDecimal("1").divide(new BigDecimal("8")) + " " + new BigDecimal("6.0").divide(new BigDecimal("2")));
    System.out.println(BigDecimal.ONE.divide(new BigDecimal("0.01")) + " " + new BigDecimal("100").divide(new BigDecimal("0.25")));
    try { BigDecimal.ONE.divide(new BigDecimal("3")); } catch (ArithmeticException e) { System.out.println(e.getMessage()); }
    System.out.println(BigDecimal.ONE.divide(new BigDecimal("3"), 10, RoundingMode.HALF_UP) + " " + BigDecimal.TEN.divide(new BigDecimal("3"), RoundingMode.DOWN));
    System.out.println(BigDecimal.ONE.divide(new BigDecimal("3"), MathContext.DECIMAL64) + " " + new BigDecimal("2").divide(new BigDecimal("3"), new MathContext(5)));
    System.out.println(new BigDecimal("1234.5678").divide(new BigDecimal("0.37"), MathContext.DECIMAL32) + " " + new BigDecimal("100").divide(new BigDecimal("4"), MathContext.DECIMAL128));
    for (RoundingMode mode : RoundingMode.values()) {
      if (mode == RoundingMode.UNNECESSARY) continue;
      StringBuilder row = new StringBuilder(mode + ":");
      for (String s : new String[] {"5.5", "2.5", "1.6", "1.1", "1.0", "-1.0", "-1.1", "-1.6", "-2.5", "-5.5"}) row.append(' ').append(new BigDecimal(s).setScale(0, mode));
      System.out.println(row);
    }
    System.out.println(new BigDecimal(0.1) + " " + BigDecimal.valueOf(0.1) + " " + new BigDecimal(2.5) + " " + new BigDecimal(1e20) + " " + BigDecimal.valueOf(1e20) + " " + BigDecimal.valueOf(1.5e-8));
    System.out.println(new BigDecimal("1E+3") + " " + new BigDecimal("1E+3").toPlainString() + " " + new BigDecimal("0.0000001") + " " + new BigDecimal("0.000001") + " " + new BigDecimal("-123.456E-10") + " " + new BigDecimal("12E2").toEngineeringString() + " " + new BigDecimal("0.00000012").toEngineeringString());
    System.out.println(new BigDecimal("2.50").equals(new BigDecimal("2.5")) + " " + new BigDecimal("2.50").compareTo(new BigDecimal("2.5")) + " " + new BigDecimal("2.50").hashCode() + " " + new BigDecimal("2.5").hashCode() + " " + new BigDecimal("-7.25").hashCode());
    System.out.println(new BigDecimal("2.500").stripTrailingZeros() + " " + new BigDecimal("1200").stripTrailingZeros() + " " + new BigDecimal("0.000").stripTrailingZeros() + " " + new BigDecimal("1200").stripTrailingZeros().toPlainString());
    System.out.println(new BigDecimal("123.456").precision() + " " + new BigDecimal("123.456").scale() + " " + new BigDecimal("123.456").unscaledValue() + " " + new BigDecimal("-0.5").signum());
    System.out.println(new BigDecimal("123.456").round(new MathContext(4)) + " " + new BigDecimal("999.96").round(new MathContext(4)) + " " + new BigDecimal("123456").round(new MathContext(2)));
    System.out.println(new BigDecimal("1.1").pow(10) + " " + new BigDecimal("-2.5").abs() + " " + new BigDecimal("3.7").negate() + " " + new BigDecimal("10.5").remainder(new BigDecimal("3")) + " " + new BigDecimal("-10.5").remainder(new BigDecimal("3")));
    System.out.println(new BigDecimal("123.456").movePointLeft(2) + " " + new BigDecimal("123.456").movePointRight(5) + " " + new BigDecimal("1.5").scaleByPowerOfTen(3) + " " + new BigDecimal("7").divideToIntegralValue(new BigDecimal("2")));
    System.out.println(new BigDecimal("123.99").intValue() + " " + new BigDecimal("-123.99").longValue() + " " + new BigDecimal("0.1").doubleValue() + " " + new BigDecimal("1e400").doubleValue() + " " + new BigDecimal("123.456").toBigInteger());
    System.out.println(new BigDecimal("2").sqrt(MathContext.DECIMAL64) + " " + new BigDecimal("16").sqrt(new MathContext(10)) + " " + new BigDecimal("0.25").sqrt(MathContext.DECIMAL32));
    BigDecimal total = BigDecimal.ZERO;
    for (int i = 0; i < 10; i++) total = total.add(new BigDecimal("0.1"));
    System.out.println(total + " " + total.compareTo(BigDecimal.ONE) + " " + BigDecimal.valueOf(12345, 3) + " " + BigDecimal.valueOf(-5, -2));
    List<BigDecimal> amounts = new ArrayList<>(List.of(new BigDecimal("3.50"), new BigDecimal("-1"), new BigDecimal("3.5"), new BigDecimal("0.001")));
    Collections.sort(amounts);
    System.out.println(amounts + " " + new HashSet<>(amounts).size() + " " + new TreeSet<>(amounts).size());
    System.out.println(new BigDecimal("12.345").setScale(2, BigDecimal.ROUND_HALF_EVEN) + " " + new BigDecimal("5").setScale(3) + " " + new BigDecimal("0.00").add(new BigDecimal("0.000")));
    try { new BigDecimal("1.25").setScale(1); } catch (ArithmeticException e) { System.out.println(e.getMessage()); }
    try { new BigDecimal("abc"); } catch (NumberFormatException e) { System.out.println("NumberFormatException"); }
    try { BigDecimal.ONE.divide(BigDecimal.ZERO); } catch (ArithmeticException e) { System.out.println(e.getMessage()); }
    System.out.println(MathContext.DECIMAL128 + " " + RoundingMode.valueOf("HALF_UP") + " " + RoundingMode.HALF_EVEN.ordinal());
    System.out.printf("%s %.3f%n", new BigDecimal("1.23456"), 2.5);
  }
}
