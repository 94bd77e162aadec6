import java.math.*;
public class BigNumberFormatting {
  public static void main(String[] args) {
    System.out.println(String.format("%.2f|%10.3f|%s|%d|%,d", new BigDecimal("2.345"), new BigDecimal("-1234.5678"), new BigDecimal("1E+3"), new BigInteger("123456789012345678901234567890"), new BigInteger("-1234567")));
    System.out.println(String.format("%.0f|%x|%o|%,.2f|%+.1f|%08.2f|%.3f|%-9.1f|", new BigDecimal("0.5"), new BigInteger("-255"), new BigInteger("64"), new BigDecimal("1234567.891"), new BigDecimal("2.25"), new BigDecimal("-3.14159"), new BigDecimal("-0.0001"), new BigDecimal("7")));
    System.out.printf("%+d %10d %-10d|%n", new BigInteger("42"), new BigInteger("-42"), BigInteger.TEN.pow(3));
    System.out.println(String.format("%e|%.2e|%.0e|%e|%12.3e|%e", new BigDecimal("12345.678"), new BigDecimal("-0.000123456"), new BigDecimal("9.5"), BigDecimal.ZERO, new BigDecimal("99999"), new BigDecimal("1E+200")));
  }
}
