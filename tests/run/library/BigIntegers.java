import java.math.BigInteger;
import java.util.*;

public class BigIntegers {
  static BigInteger factorial(int n) {
    BigInteger result = BigInteger.ONE;
    for (int i = 2; i <= n; i++) result = result.multiply(BigInteger.valueOf(i));
    return result;
  }

  public static void main(String[] args) {
    System.out.println(factorial(30));
    System.out.println(factorial(100));
    BigInteger a = BigInteger.ZERO, b = BigInteger.ONE;
    for (int i = 0; i < 150; i++) { BigInteger t = a.add(b); a = b; b = t; }
    System.out.println(a);
    System.out.println(BigInteger.TWO.pow(200));
    System.out.println(BigInteger.TWO.pow(200).subtract(BigInteger.ONE).toString(16));
    BigInteger x = new BigInteger("123456789012345678901234567890");
    BigInteger y = new BigInteger("-987654321098765432");
    System.out.println(x.add(y) + " " + x.subtract(y) + " " + x.multiply(y));
    System.out.println(x.divide(y) + " " + x.remainder(y) + " " + x.mod(y.abs()) + " " + y.mod(BigInteger.valueOf(97)));
    BigInteger[] qr = y.divideAndRemainder(BigInteger.valueOf(12345));
    System.out.println(qr[0] + " " + qr[1]);
    System.out.println(x.gcd(BigInteger.valueOf(9876543210L)) + " " + x.compareTo(y) + " " + y.signum() + " " + x.negate());
    System.out.println(x.hashCode() + " " + y.hashCode() + " " + BigInteger.ZERO.hashCode() + " " + factorial(25).hashCode());
    System.out.println(x.longValue() + " " + x.intValue() + " " + y.longValue() + " " + x.doubleValue());
    System.out.println(x.bitLength() + " " + y.bitLength() + " " + x.bitCount() + " " + y.bitCount() + " " + BigInteger.valueOf(-8).bitLength());
    System.out.println(BigInteger.valueOf(3).modPow(BigInteger.valueOf(200), BigInteger.valueOf(1000007)));
    System.out.println(BigInteger.valueOf(17).modInverse(BigInteger.valueOf(3120)));
    System.out.println(x.shiftLeft(37) + " " + x.shiftRight(13) + " " + y.shiftRight(7) + " " + y.shiftLeft(3));
    System.out.println(x.and(y) + " " + x.or(y) + " " + x.xor(y) + " " + y.not() + " " + x.andNot(y));
    System.out.println(x.testBit(5) + " " + y.testBit(70) + " " + y.setBit(3) + " " + x.clearBit(1) + " " + y.flipBit(100));
    System.out.println(x.sqrt() + " " + factorial(50).sqrt());
    System.out.println(BigInteger.valueOf(1000003).isProbablePrime(20) + " " + BigInteger.valueOf(1000001).isProbablePrime(20) + " " + new BigInteger("170141183460469231731687303715884105727").isProbablePrime(50));
    System.out.println(BigInteger.valueOf(1000).nextProbablePrime());
    System.out.println(new BigInteger("ff", 16) + " " + new BigInteger("-777", 8) + " " + new BigInteger("+42"));
    System.out.println(x.equals(new BigInteger("123456789012345678901234567890")) + " " + x.min(y) + " " + x.max(y));
    System.out.println(Arrays.toString(BigInteger.valueOf(-129).toByteArray()) + " " + Arrays.toString(x.toByteArray()));
    System.out.println(new BigInteger(100, new Random(5)) + " " + new BigInteger(7, new Random(9)));
    System.out.println(y.getLowestSetBit() + " " + BigInteger.valueOf(-1).shiftRight(5) + " " + BigInteger.valueOf(-5).shiftRight(1));
    List<BigInteger> list = new ArrayList<>(List.of(BigInteger.TEN, BigInteger.ONE, BigInteger.valueOf(-3)));
    Collections.sort(list);
    System.out.println(list);
    Map<BigInteger, String> m = new HashMap<>();
    m.put(factorial(20), "f20"); m.put(BigInteger.valueOf(7), "seven"); m.put(y, "y");
    System.out.println(m);
    try { x.divide(BigInteger.ZERO); } catch (ArithmeticException e) { System.out.println(e.getMessage()); }
    try { new BigInteger("12x3"); } catch (NumberFormatException e) { System.out.println(e.getMessage()); }
    try { x.mod(y); } catch (ArithmeticException e) { System.out.println(e.getMessage()); }
    StringBuilder digits = new StringBuilder();
    BigInteger big = BigInteger.TEN.pow(60).add(BigInteger.valueOf(123));
    System.out.println(big + " " + big.toString().length() + " " + big.toString(2).length() + " " + big.toString(36));
    System.out.println(new BigInteger("-0") + " " + BigInteger.valueOf(Long.MIN_VALUE) + " " + BigInteger.valueOf(Long.MIN_VALUE).negate().subtract(BigInteger.ONE).longValueExact());
  }
}
