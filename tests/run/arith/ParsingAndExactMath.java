// Numeric library edges: parse errors, unsigned, bit twiddling, Math edge cases, BigDecimal rounding
import java.math.*;

public class ParsingAndExactMath {
    static void parse(String s, int radix) {
        try {
            System.out.println("ok " + Integer.parseInt(s, radix));
        } catch (NumberFormatException e) {
            System.out.println("NFE " + e.getMessage());
        }
    }

    static void parseLong(String s) {
        try {
            System.out.println("ok " + Long.parseLong(s));
        } catch (NumberFormatException e) {
            System.out.println("NFE " + e.getMessage());
        }
    }

    static void parseDouble(String s) {
        try {
            System.out.println("ok " + Double.parseDouble(s));
        } catch (NumberFormatException e) {
            System.out.println("NFE " + e.getMessage());
        }
    }

    public static void main(String[] args) {
        parse("123", 10);
        parse("-ff", 16);
        parse("2147483648", 10);
        parse("", 10);
        parse("+", 10);
        parse("12a", 10);
        parse("zz", 36);
        parse(" 1", 10);
        parseLong("9223372036854775807");
        parseLong("9223372036854775808");
        parseLong("-9223372036854775808");
        parseDouble("1e400");
        parseDouble("  -0x1.8p1  ");
        parseDouble("NaN");
        parseDouble("1.5f");
        parseDouble("abc");
        parseDouble(".5");
        System.out.println(Integer.toUnsignedString(-1) + " " + Long.toUnsignedString(-1L) + " " + Integer.parseUnsignedInt("4294967295") + " " + Long.divideUnsigned(-1L, 3) + " " + Long.remainderUnsigned(-1L, 7));
        System.out.println(Integer.compareUnsigned(-1, 1) + " " + Integer.divideUnsigned(-2, 3) + " " + Integer.toUnsignedLong(-5));
        System.out.println(Integer.reverse(1) + " " + Integer.reverseBytes(0x12345678) + " " + Integer.highestOneBit(1000) + " " + Integer.lowestOneBit(1000) + " " + Integer.bitCount(-1) + " " + Integer.rotateLeft(0x80000001, 3) + " " + Integer.rotateRight(1, 1));
        System.out.println(Long.numberOfLeadingZeros(1L) + " " + Long.numberOfTrailingZeros(0L) + " " + Long.reverse(3L) + " " + Long.highestOneBit(-1L) + " " + Long.signum(-99L));
        System.out.println(Integer.toBinaryString(-8) + " " + Integer.toOctalString(-1) + " " + Long.toHexString(-255L) + " " + Integer.toString(-255, 16) + " " + Long.toString(Long.MIN_VALUE, 36));
        System.out.println(Math.floorDiv(-7, 2) + " " + Math.floorMod(-7, 2) + " " + Math.floorMod(7, -2) + " " + (-7 / 2) + " " + (-7 % 2) + " " + Math.abs(Integer.MIN_VALUE) + " " + Math.negateExact(5));
        try {
            Math.addExact(Integer.MAX_VALUE, 1);
        } catch (ArithmeticException e) {
            System.out.println(e.getMessage());
        }
        try {
            Math.multiplyExact(1L << 62, 4L);
        } catch (ArithmeticException e) {
            System.out.println(e.getMessage());
        }
        try {
            Math.toIntExact(1L << 40);
        } catch (ArithmeticException e) {
            System.out.println(e.getMessage());
        }
        System.out.println(Math.round(-2.5) + " " + Math.round(2.5) + " " + Math.round(-0.5f) + " " + Math.rint(2.5) + " " + Math.rint(-3.5) + " " + Math.ceil(-0.2) + " " + Math.floor(-0.0));
        System.out.println(Math.nextUp(1.0) + " " + Math.nextDown(1.0f) + " " + Math.ulp(1e10) + " " + Math.getExponent(1024.0) + " " + Math.scalb(3.0, 4) + " " + Math.copySign(2.0, -0.0) + " " + Math.signum(-3.3));
        System.out.println(Math.hypot(3, 4) + " " + Math.cbrt(27) + " " + Math.sqrt(-1) + " " + Math.pow(2, 0.5) + " " + Math.pow(-8, 1.0 / 3) + " " + Math.fma(2.0, 3.0, 1.0));
        System.out.println(Math.max(-0.0, 0.0) + " " + Math.min(-0.0, 0.0) + " " + Math.max(Double.NaN, 1) + " " + Math.min(1f, Float.NaN));
        System.out.println((int) Double.NaN + " " + (long) 1e30 + " " + (int) -1e30 + " " + (char) 70000 + " " + (byte) 200 + " " + (short) 40000 + " " + (int) 3.99f + " " + (long) -2.5);
        System.out.println(Double.toHexString(1.0) + " " + Double.toHexString(-0.1) + " " + Double.toHexString(Double.MIN_VALUE) + " " + Float.toHexString(1.5f));
        System.out.println(Double.compare(0.0, -0.0) + " " + Double.valueOf(Double.NaN).equals(Double.NaN) + " " + (Double.NaN == Double.NaN) + " " + Float.compare(Float.NaN, 1f));
        System.out.println(Double.doubleToLongBits(-0.0) + " " + Float.floatToIntBits(1f) + " " + Double.longBitsToDouble(0x7ff0000000000000L) + " " + Float.intBitsToFloat(0x00000001));
        System.out.println(Double.MIN_NORMAL + " " + Float.MAX_VALUE + " " + Double.MAX_VALUE + " " + Float.MIN_VALUE + " " + Long.MIN_VALUE + " " + Short.MIN_VALUE + " " + Byte.MAX_VALUE + " " + (int) Character.MAX_VALUE);
        System.out.println(1.0f / 3 + " " + 2.0 / 3 + " " + 100.0f + " " + 1e7 + " " + 1e-3 + " " + 1e-4f + " " + 123456789.0f + " " + 0.1 + 0.2);
        BigDecimal a = new BigDecimal("10.25");
        System.out.println(a.setScale(1, RoundingMode.HALF_EVEN) + " " + a.setScale(1, RoundingMode.HALF_UP) + " " + a.negate().setScale(1, RoundingMode.HALF_DOWN) + " " + a.setScale(0, RoundingMode.CEILING) + " " + a.setScale(0, RoundingMode.FLOOR));
        System.out.println(new BigDecimal("1").divide(new BigDecimal("3"), 10, RoundingMode.HALF_UP) + " " + new BigDecimal("1").divide(new BigDecimal("8")) + " " + new BigDecimal("2.50").stripTrailingZeros() + " " + new BigDecimal("100").stripTrailingZeros() + " " + new BigDecimal("100").stripTrailingZeros().toPlainString());
        try {
            new BigDecimal(1).divide(new BigDecimal(3));
        } catch (ArithmeticException e) {
            System.out.println(e.getMessage());
        }
        System.out.println(new BigDecimal("1.10").equals(new BigDecimal("1.1")) + " " + new BigDecimal("1.10").compareTo(new BigDecimal("1.1")) + " " + new BigDecimal("123.456").precision() + " " + new BigDecimal("123.456").scale() + " " + new BigDecimal("1E+5") + " " + new BigDecimal("0.000001234"));
        System.out.println(BigDecimal.valueOf(0.1) + " " + new BigDecimal(0.1).toString().substring(0, 20) + " " + BigDecimal.valueOf(2.5).multiply(BigDecimal.valueOf(4)) + " " + new BigDecimal("7").remainder(new BigDecimal("3")) + " " + new BigDecimal("-7.5").abs().pow(2));
        BigInteger f = BigInteger.ONE;
        for (int i = 1; i <= 30; i++) f = f.multiply(BigInteger.valueOf(i));
        System.out.println(f + " " + f.bitLength() + " " + f.mod(BigInteger.valueOf(1000007)) + " " + f.toString(16) + " " + BigInteger.TWO.pow(100).subtract(BigInteger.ONE).isProbablePrime(20) + " " + BigInteger.valueOf(97).modPow(BigInteger.valueOf(5), BigInteger.valueOf(13)) + " " + BigInteger.valueOf(-17).gcd(BigInteger.valueOf(51)));
        System.out.println(new BigInteger("-123456789012345678901234567890").divideAndRemainder(BigInteger.valueOf(97))[1] + " " + BigInteger.valueOf(-5).shiftRight(1) + " " + BigInteger.valueOf(6).and(BigInteger.valueOf(-3)) + " " + BigInteger.valueOf(10).sqrt() + " " + BigInteger.valueOf(3).modInverse(BigInteger.valueOf(11)));
    }
}
