// Kiln's runtime library: java.math.BigDecimal, RoundingMode and MathContext, in Java; translate.sh turns them
// into runtime-lib/java.util.collections.ir.
//
// A BigDecimal is an unscaled BigInteger and a scale: the value unscaled * 10^-scale. Every operation computes
// its exact result as a fraction of BigIntegers and rounds it once (`roundedQuotient`), so each rounding mode
// is one rule applied to a quotient and a remainder. The scales of results follow the JDK's preferred scales
// (a sum's is the larger, a product's the sum, an exact quotient's the smallest at or above the difference),
// as do equals (which sees the scale), hashCode, toString (scientific notation below 10^-6 or for negative
// scales) and the exceptions' messages.
package java.math;

public enum RoundingMode {
  UP,
  DOWN,
  CEILING,
  FLOOR,
  HALF_UP,
  HALF_DOWN,
  HALF_EVEN,
  UNNECESSARY
}

public final class MathContext {
  public static final MathContext UNLIMITED = new MathContext(0, RoundingMode.HALF_UP);
  public static final MathContext DECIMAL32 = new MathContext(7, RoundingMode.HALF_EVEN);
  public static final MathContext DECIMAL64 = new MathContext(16, RoundingMode.HALF_EVEN);
  public static final MathContext DECIMAL128 = new MathContext(34, RoundingMode.HALF_EVEN);

  final int precision;
  final RoundingMode roundingMode;

  public MathContext(int precision) {
    this(precision, RoundingMode.HALF_UP);
  }

  public MathContext(int precision, RoundingMode roundingMode) {
    if (precision < 0) throw new IllegalArgumentException("Digits < 0");
    if (roundingMode == null) throw new NullPointerException("null RoundingMode");
    this.precision = precision;
    this.roundingMode = roundingMode;
  }

  public int getPrecision() {
    return precision;
  }

  public RoundingMode getRoundingMode() {
    return roundingMode;
  }

  public boolean equals(Object other) {
    if (!(other instanceof MathContext)) return false;
    MathContext that = (MathContext) other;
    return precision == that.precision && roundingMode == that.roundingMode;
  }

  public int hashCode() {
    return roundingMode.hashCode() * 59 + precision;
  }

  public String toString() {
    return "precision=" + precision + " roundingMode=" + roundingMode;
  }
}

public class BigDecimal implements Number, Comparable<BigDecimal> {
  public static final int ROUND_UP = 0;
  public static final int ROUND_DOWN = 1;
  public static final int ROUND_CEILING = 2;
  public static final int ROUND_FLOOR = 3;
  public static final int ROUND_HALF_UP = 4;
  public static final int ROUND_HALF_DOWN = 5;
  public static final int ROUND_HALF_EVEN = 6;
  public static final int ROUND_UNNECESSARY = 7;

  public static final BigDecimal ZERO = new BigDecimal(BigInteger.ZERO, 0);
  public static final BigDecimal ONE = new BigDecimal(BigInteger.ONE, 0);
  public static final BigDecimal TWO = new BigDecimal(BigInteger.TWO, 0);
  public static final BigDecimal TEN = new BigDecimal(BigInteger.TEN, 0);

  final BigInteger unscaled;
  final int scale;

  public BigDecimal(BigInteger unscaled, int scale) {
    if (unscaled == null) throw new NullPointerException();
    this.unscaled = unscaled;
    this.scale = scale;
  }

  public BigDecimal(BigInteger value) {
    this(value, 0);
  }

  public BigDecimal(int value) {
    this(BigInteger.valueOf(value), 0);
  }

  public BigDecimal(long value) {
    this(BigInteger.valueOf(value), 0);
  }

  public BigDecimal(String text) {
    this(parseUnscaled(text), parseScale(text));
  }

  // The exact binary value of the double: an odd mantissa times a power of two.
  public BigDecimal(double value) {
    this(exactUnscaled(value), exactScale(value));
  }

  public BigDecimal(double value, MathContext context) {
    this(new BigDecimal(value).round(context).unscaled, new BigDecimal(value).round(context).scale);
  }

  public BigDecimal(String text, MathContext context) {
    this(new BigDecimal(text).round(context).unscaled, new BigDecimal(text).round(context).scale);
  }

  public static BigDecimal valueOf(long value) {
    return new BigDecimal(BigInteger.valueOf(value), 0);
  }

  public static BigDecimal valueOf(long unscaled, int scale) {
    return new BigDecimal(BigInteger.valueOf(unscaled), scale);
  }

  // Through Double.toString, as the JDK's: valueOf(0.1) is 0.1, where new BigDecimal(0.1) is its binary value.
  public static BigDecimal valueOf(double value) {
    return new BigDecimal(Double.toString(value));
  }

  // ---- parsing and the exact value of a double -------------------------------------------------------------

  private static int exponentStart(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == 'e' || c == 'E') return i;
    }
    return text.length();
  }

  private static BigInteger parseUnscaled(String text) {
    int end = exponentStart(text);
    int start = 0;
    if (end > 0 && (text.charAt(0) == '-' || text.charAt(0) == '+')) start = 1;
    StringBuilder digits = new StringBuilder();
    boolean point = false;
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (c == '.') {
        if (point) throw new NumberFormatException("Character array contains more than one decimal point.");
        point = true;
      } else if (c >= '0' && c <= '9') {
        digits.append(c);
      } else {
        throw new NumberFormatException("Character " + c + " is neither a decimal digit number, decimal point, nor \"e\" notation exponential mark.");
      }
    }
    if (digits.length() == 0) throw new NumberFormatException("No digits found.");
    BigInteger magnitude = new BigInteger(digits.toString());
    return start == 1 && text.charAt(0) == '-' ? magnitude.negate() : magnitude;
  }

  private static int parseScale(String text) {
    int end = exponentStart(text);
    int fraction = 0;
    boolean point = false;
    for (int i = 0; i < end; i++) {
      if (point) fraction++;
      if (text.charAt(i) == '.') point = true;
    }
    long exponent = 0;
    if (end < text.length()) {
      String written = text.substring(end + 1);
      if (written.startsWith("+")) written = written.substring(1);
      if (written.length() == 0) throw new NumberFormatException("No exponent digits.");
      try {
        exponent = Long.parseLong(written);
      } catch (NumberFormatException e) {
        throw new NumberFormatException("Exponent overflow.");
      }
    }
    long scale = fraction - exponent;
    if (scale > Integer.MAX_VALUE || scale < Integer.MIN_VALUE) throw new NumberFormatException("Scale out of range.");
    return (int) scale;
  }

  private static long mantissaOf(double value) {
    if (Double.isNaN(value) || Double.isInfinite(value)) throw new NumberFormatException("Infinite or NaN");
    long bits = Double.doubleToLongBits(value);
    int exponent = (int) ((bits >> 52) & 0x7ff);
    long mantissa = exponent == 0 ? (bits & ((1L << 52) - 1)) << 1 : (bits & ((1L << 52) - 1)) | (1L << 52);
    return mantissa;
  }

  private static int binaryExponentOf(double value) {
    long bits = Double.doubleToLongBits(value);
    int exponent = (int) ((bits >> 52) & 0x7ff);
    return exponent - 1075;
  }

  private static BigInteger exactUnscaled(double value) {
    long mantissa = mantissaOf(value);
    if (mantissa == 0) return BigInteger.ZERO;
    int exponent = binaryExponentOf(value);
    while ((mantissa & 1) == 0) {
      mantissa >>= 1;
      exponent++;
    }
    BigInteger magnitude = BigInteger.valueOf(mantissa);
    magnitude = exponent >= 0 ? magnitude.shiftLeft(exponent) : magnitude.multiply(BigInteger.valueOf(5).pow(-exponent));
    return value < 0 ? magnitude.negate() : magnitude;
  }

  private static int exactScale(double value) {
    long mantissa = mantissaOf(value);
    if (mantissa == 0) return 0;
    int exponent = binaryExponentOf(value);
    while ((mantissa & 1) == 0) {
      mantissa >>= 1;
      exponent++;
    }
    return exponent >= 0 ? 0 : -exponent;
  }

  // ---- rounding ----------------------------------------------------------------------------------------

  static BigInteger powerOfTen(int exponent) {
    return BigInteger.TEN.pow(exponent);
  }

  static RoundingMode mode(int legacy) {
    if (legacy < 0 || legacy > 7) throw new IllegalArgumentException("Invalid rounding mode");
    return RoundingMode.values()[legacy];
  }

  // numerator / denominator rounded to an integer by the mode.
  static BigInteger roundedQuotient(BigInteger numerator, BigInteger denominator, RoundingMode mode) {
    BigInteger[] parts = numerator.divideAndRemainder(denominator);
    BigInteger quotient = parts[0];
    BigInteger rest = parts[1];
    if (rest.signum() == 0) return quotient;
    int sign = numerator.signum() * denominator.signum();
    int half = rest.abs().shiftLeft(1).compareTo(denominator.abs());
    boolean away;
    if (mode == RoundingMode.UP) away = true;
    else if (mode == RoundingMode.DOWN) away = false;
    else if (mode == RoundingMode.CEILING) away = sign > 0;
    else if (mode == RoundingMode.FLOOR) away = sign < 0;
    else if (mode == RoundingMode.HALF_UP) away = half >= 0;
    else if (mode == RoundingMode.HALF_DOWN) away = half > 0;
    else if (mode == RoundingMode.HALF_EVEN) away = half > 0 || (half == 0 && quotient.testBit(0));
    else throw new ArithmeticException("Rounding necessary");
    return away ? quotient.add(BigInteger.valueOf(sign)) : quotient;
  }

  // The exact fraction numerator / denominator at the given scale, rounded.
  static BigDecimal divideToScale(BigInteger numerator, int numeratorScale, BigInteger denominator, int denominatorScale, int scale, RoundingMode mode) {
    // value = n * 10^-ns / (d * 10^-ds); at scale s the unscaled result is n * 10^(s - ns + ds) / d.
    long shift = (long) scale - numeratorScale + denominatorScale;
    BigInteger top = numerator;
    BigInteger bottom = denominator;
    if (shift >= 0) top = top.multiply(powerOfTen((int) shift));
    else bottom = bottom.multiply(powerOfTen((int) -shift));
    return new BigDecimal(roundedQuotient(top, bottom, mode), scale);
  }

  public BigDecimal setScale(int newScale, RoundingMode mode) {
    if (newScale == scale) return this;
    if (newScale > scale) return new BigDecimal(unscaled.multiply(powerOfTen(newScale - scale)), newScale);
    return new BigDecimal(roundedQuotient(unscaled, powerOfTen(scale - newScale), mode), newScale);
  }

  public BigDecimal setScale(int newScale, int legacyMode) {
    return setScale(newScale, mode(legacyMode));
  }

  public BigDecimal setScale(int newScale) {
    return setScale(newScale, RoundingMode.UNNECESSARY);
  }

  public BigDecimal round(MathContext context) {
    return roundToPrecision(context.precision, context.roundingMode);
  }

  BigDecimal roundToPrecision(int digits, RoundingMode mode) {
    if (digits == 0) return this;
    int drop = precision() - digits;
    if (drop <= 0) return this;
    BigDecimal rounded = new BigDecimal(roundedQuotient(unscaled, powerOfTen(drop), mode), scale - drop);
    // 9.99 to two digits is 10.0: one digit too many, and a zero to drop.
    if (rounded.precision() > digits) return new BigDecimal(rounded.unscaled.divide(BigInteger.TEN), rounded.scale - 1);
    return rounded;
  }

  // ---- arithmetic --------------------------------------------------------------------------------------

  public BigDecimal add(BigDecimal other) {
    if (scale == other.scale) return new BigDecimal(unscaled.add(other.unscaled), scale);
    if (scale > other.scale) return new BigDecimal(unscaled.add(other.unscaled.multiply(powerOfTen(scale - other.scale))), scale);
    return new BigDecimal(unscaled.multiply(powerOfTen(other.scale - scale)).add(other.unscaled), other.scale);
  }

  public BigDecimal add(BigDecimal other, MathContext context) {
    return add(other).round(context);
  }

  public BigDecimal subtract(BigDecimal other) {
    return add(other.negate());
  }

  public BigDecimal subtract(BigDecimal other, MathContext context) {
    return subtract(other).round(context);
  }

  public BigDecimal multiply(BigDecimal other) {
    return new BigDecimal(unscaled.multiply(other.unscaled), scale + other.scale);
  }

  public BigDecimal multiply(BigDecimal other, MathContext context) {
    return multiply(other).round(context);
  }

  public BigDecimal divide(BigDecimal divisor, int newScale, RoundingMode mode) {
    if (divisor.signum() == 0) throw new ArithmeticException(signum() == 0 ? "Division undefined" : "Division by zero");
    return divideToScale(unscaled, scale, divisor.unscaled, divisor.scale, newScale, mode);
  }

  public BigDecimal divide(BigDecimal divisor, int newScale, int legacyMode) {
    return divide(divisor, newScale, mode(legacyMode));
  }

  public BigDecimal divide(BigDecimal divisor, RoundingMode mode) {
    return divide(divisor, scale, mode);
  }

  public BigDecimal divide(BigDecimal divisor, int legacyMode) {
    return divide(divisor, scale, mode(legacyMode));
  }

  // The exact quotient, at the smallest scale that holds it but not below this.scale - divisor.scale.
  public BigDecimal divide(BigDecimal divisor) {
    if (divisor.signum() == 0) throw new ArithmeticException(signum() == 0 ? "Division undefined" : "Division by zero");
    int preferred = scale - divisor.scale;
    if (signum() == 0) return new BigDecimal(BigInteger.ZERO, preferred);
    BigInteger common = unscaled.gcd(divisor.unscaled);
    BigInteger rest = divisor.unscaled.abs().divide(common);
    int twos = 0;
    while (!rest.testBit(0)) {
      rest = rest.shiftRight(1);
      twos++;
    }
    int fives = 0;
    BigInteger five = BigInteger.valueOf(5);
    while (rest.remainder(five).signum() == 0) {
      rest = rest.divide(five);
      fives++;
    }
    if (!rest.equals(BigInteger.ONE)) throw new ArithmeticException("Non-terminating decimal expansion; no exact representable decimal result.");
    int digits = Math.max(twos, fives);
    return divideToScale(unscaled, scale, divisor.unscaled, divisor.scale, preferred + digits, RoundingMode.UNNECESSARY);
  }

  // The quotient to the context's precision, then without trailing zeros down to the preferred scale.
  public BigDecimal divide(BigDecimal divisor, MathContext context) {
    if (context.precision == 0) return divide(divisor);
    if (divisor.signum() == 0) throw new ArithmeticException(signum() == 0 ? "Division undefined" : "Division by zero");
    int preferred = scale - divisor.scale;
    if (signum() == 0) return new BigDecimal(BigInteger.ZERO, preferred);
    // The quotient's adjusted exponent (of its leading digit): that of the operands' ratio, one less when
    // the dividend's leading digits are smaller than the divisor's.
    int dividendDigits = precision();
    int divisorDigits = divisor.precision();
    long exponent = ((long) dividendDigits - scale) - ((long) divisorDigits - divisor.scale);
    BigInteger left = unscaled.abs();
    BigInteger right = divisor.unscaled.abs();
    if (dividendDigits < divisorDigits) left = left.multiply(powerOfTen(divisorDigits - dividendDigits));
    else right = right.multiply(powerOfTen(dividendDigits - divisorDigits));
    if (left.compareTo(right) < 0) exponent--;
    int resultScale = (int) (context.precision - 1 - exponent);
    BigDecimal quotient = divideToScale(unscaled, scale, divisor.unscaled, divisor.scale, resultScale, context.roundingMode);
    if (quotient.precision() > context.precision) quotient = new BigDecimal(quotient.unscaled.divide(BigInteger.TEN), quotient.scale - 1);
    // Only an exact quotient loses its trailing zeros (as the JDK's: 100 / 4 is 25, 2 / 3 keeps its digits).
    if (quotient.multiply(divisor).compareTo(this) != 0) return quotient;
    return quotient.stripZerosDownTo(preferred);
  }

  BigDecimal stripZerosDownTo(int preferred) {
    BigInteger value = unscaled;
    int newScale = scale;
    while (newScale > preferred && value.signum() != 0) {
      BigInteger[] parts = value.divideAndRemainder(BigInteger.TEN);
      if (parts[1].signum() != 0) break;
      value = parts[0];
      newScale--;
    }
    return new BigDecimal(value, newScale);
  }

  // The integer part of the quotient, at the preferred scale where its digits allow.
  public BigDecimal divideToIntegralValue(BigDecimal divisor) {
    if (divisor.signum() == 0) throw new ArithmeticException(signum() == 0 ? "Division undefined" : "Division by zero");
    int preferred = scale - divisor.scale;
    BigDecimal whole = divideToScale(unscaled, scale, divisor.unscaled, divisor.scale, 0, RoundingMode.DOWN);
    if (whole.signum() == 0 || preferred > 0) return whole.setScale(preferred, RoundingMode.DOWN);
    return whole.stripZerosDownTo(preferred);
  }

  public BigDecimal remainder(BigDecimal divisor) {
    return subtract(divideToIntegralValue(divisor).multiply(divisor));
  }

  public BigDecimal[] divideAndRemainder(BigDecimal divisor) {
    BigDecimal[] parts = new BigDecimal[2];
    parts[0] = divideToIntegralValue(divisor);
    parts[1] = subtract(parts[0].multiply(divisor));
    return parts;
  }

  public BigDecimal pow(int exponent) {
    if (exponent < 0 || exponent > 999999999) throw new ArithmeticException("Invalid operation");
    return new BigDecimal(unscaled.pow(exponent), scale * exponent);
  }

  public BigDecimal pow(int exponent, MathContext context) {
    return pow(exponent).round(context);
  }

  // Newton's method on the unscaled value, then rounded to the context (JDK 9's sqrt).
  public BigDecimal sqrt(MathContext context) {
    if (signum() < 0) throw new ArithmeticException("Attempted square root of negative BigDecimal");
    if (signum() == 0) return new BigDecimal(BigInteger.ZERO, scale / 2);
    int digits = context.precision == 0 ? precision() / 2 + 1 : context.precision;
    int workScale = digits + 3 + Math.max(0, scale);
    BigInteger scaled = setScale(2 * workScale, RoundingMode.DOWN).unscaled;
    BigInteger root = scaled.sqrt();
    BigDecimal approximate = new BigDecimal(root, workScale);
    BigDecimal result = context.precision == 0 ? approximate : approximate.round(context);
    return result.stripZerosDownTo(scale / 2);
  }

  public BigDecimal negate() {
    return new BigDecimal(unscaled.negate(), scale);
  }

  public BigDecimal negate(MathContext context) {
    return negate().round(context);
  }

  public BigDecimal abs() {
    return signum() < 0 ? negate() : this;
  }

  public BigDecimal abs(MathContext context) {
    return abs().round(context);
  }

  public BigDecimal plus() {
    return this;
  }

  public BigDecimal plus(MathContext context) {
    return round(context);
  }

  public int signum() {
    return unscaled.signum();
  }

  public int scale() {
    return scale;
  }

  public int precision() {
    if (unscaled.signum() == 0) return 1;
    return unscaled.abs().toString().length();
  }

  public BigInteger unscaledValue() {
    return unscaled;
  }

  public BigDecimal min(BigDecimal other) {
    return compareTo(other) <= 0 ? this : other;
  }

  public BigDecimal max(BigDecimal other) {
    return compareTo(other) >= 0 ? this : other;
  }

  public BigDecimal movePointLeft(int n) {
    BigDecimal moved = new BigDecimal(unscaled, scale + n);
    return moved.scale < 0 ? moved.setScale(0) : moved;
  }

  public BigDecimal movePointRight(int n) {
    BigDecimal moved = new BigDecimal(unscaled, scale - n);
    return moved.scale < 0 ? moved.setScale(0) : moved;
  }

  public BigDecimal scaleByPowerOfTen(int n) {
    return new BigDecimal(unscaled, scale - n);
  }

  public BigDecimal stripTrailingZeros() {
    if (unscaled.signum() == 0) return ZERO;
    return stripZerosDownTo(Integer.MIN_VALUE);
  }

  public BigDecimal ulp() {
    return new BigDecimal(BigInteger.ONE, scale);
  }

  // ---- comparison and conversion -----------------------------------------------------------------------

  public int compareTo(BigDecimal other) {
    if (scale == other.scale) return unscaled.compareTo(other.unscaled);
    if (signum() != other.signum()) return signum() < other.signum() ? -1 : 1;
    if (scale > other.scale) return unscaled.compareTo(other.unscaled.multiply(powerOfTen(scale - other.scale)));
    return unscaled.multiply(powerOfTen(other.scale - scale)).compareTo(other.unscaled);
  }

  public boolean equals(Object other) {
    if (!(other instanceof BigDecimal)) return false;
    BigDecimal that = (BigDecimal) other;
    return scale == that.scale && unscaled.equals(that.unscaled);
  }

  public int hashCode() {
    return 31 * unscaled.hashCode() + scale;
  }

  public BigInteger toBigInteger() {
    if (scale <= 0) return unscaled.multiply(powerOfTen(-scale));
    return unscaled.divide(powerOfTen(scale));
  }

  public BigInteger toBigIntegerExact() {
    return setScale(0, RoundingMode.UNNECESSARY).unscaled;
  }

  public int intValue() {
    return toBigInteger().intValue();
  }

  public long longValue() {
    return toBigInteger().longValue();
  }

  public int intValueExact() {
    BigInteger whole = toBigIntegerExact();
    if (whole.bitLength() > 31) throw new ArithmeticException("Overflow");
    return whole.intValue();
  }

  public long longValueExact() {
    BigInteger whole = toBigIntegerExact();
    if (whole.bitLength() > 63) throw new ArithmeticException("Overflow");
    return whole.longValue();
  }

  public float floatValue() {
    return Float.parseFloat(toString());
  }

  public double doubleValue() {
    return Double.parseDouble(toString());
  }

  public String toString() {
    String digits = unscaled.abs().toString();
    String sign = unscaled.signum() < 0 ? "-" : "";
    if (scale == 0) return sign + digits;
    long adjusted = (digits.length() - 1) - (long) scale;
    if (scale > 0 && adjusted >= -6) return sign + plain(digits);
    StringBuilder text = new StringBuilder(sign);
    text.append(digits.charAt(0));
    if (digits.length() > 1) text.append('.').append(digits, 1, digits.length());
    text.append('E');
    if (adjusted >= 0) text.append('+');
    text.append(adjusted);
    return text.toString();
  }

  // The digits with the point placed for a positive scale.
  private String plain(String digits) {
    if (digits.length() > scale) return digits.substring(0, digits.length() - scale) + "." + digits.substring(digits.length() - scale);
    StringBuilder text = new StringBuilder("0.");
    for (int i = digits.length(); i < scale; i++) text.append('0');
    return text.append(digits).toString();
  }

  public String toPlainString() {
    String digits = unscaled.abs().toString();
    String sign = unscaled.signum() < 0 ? "-" : "";
    if (scale == 0) return sign + digits;
    if (scale < 0) {
      if (unscaled.signum() == 0) return "0";
      StringBuilder text = new StringBuilder(sign).append(digits);
      for (int i = 0; i < -scale; i++) text.append('0');
      return text.toString();
    }
    return sign + plain(digits);
  }

  // String.format's %f and %e of a BigDecimal (the runtime's formatter calls these, as instance methods so that
  // programs that never make a BigDecimal carry none of it): the magnitude's digits, rounded half up.
  public String formatFixed(int places) {
    return abs().setScale(places, RoundingMode.HALF_UP).toPlainString();
  }

  // %g: fixed notation when the magnitude is zero or in [10^-4, 10^precision), with precision significant
  // digits counted from the unrounded value's exponent, else scientific with precision - 1 places (the JDK's).
  public String formatGeneral(int precision) {
    int significant = precision < 0 ? 6 : precision == 0 ? 1 : precision;
    BigDecimal magnitude = abs();
    if (magnitude.equals(ZERO)
        || (magnitude.compareTo(valueOf(1, 4)) >= 0 && magnitude.compareTo(valueOf(1, -significant)) < 0)) {
      int exponent = -magnitude.scale + (magnitude.unscaled.toString().length() - 1);
      return magnitude.formatFixed(significant - exponent - 1);
    }
    return magnitude.formatScientific(significant - 1);
  }

  public String formatScientific(int places) {
    // Zero keeps its scale as the exponent (0.00 is 0e-02), as the JDK prints it.
    int exponent = -scale;
    String digits = "0";
    if (signum() != 0) {
      BigDecimal rounded = abs().round(new MathContext(places + 1, RoundingMode.HALF_UP));
      digits = rounded.unscaled.toString();
      exponent = digits.length() - 1 - rounded.scale;
    }
    StringBuilder all = new StringBuilder(digits);
    while (all.length() < places + 1) all.append('0');
    StringBuilder text = new StringBuilder();
    text.append(all.charAt(0));
    if (places > 0) text.append('.').append(all, 1, places + 1);
    text.append(exponent < 0 ? "e-" : "e+");
    int magnitude = Math.abs(exponent);
    if (magnitude < 10) text.append('0');
    return text.append(magnitude).toString();
  }

  // Scientific notation with an exponent that is a multiple of three.
  public String toEngineeringString() {
    String digits = unscaled.abs().toString();
    String sign = unscaled.signum() < 0 ? "-" : "";
    long adjusted = (digits.length() - 1) - (long) scale;
    if (scale >= 0 && adjusted >= -6) return toString();
    if (unscaled.signum() == 0) return toString();
    int shift = (int) Math.floorMod(adjusted, 3L);
    adjusted -= shift;
    StringBuilder whole = new StringBuilder(digits);
    while (whole.length() < shift + 1) whole.append('0');
    StringBuilder text = new StringBuilder(sign).append(whole, 0, shift + 1);
    if (whole.length() > shift + 1) text.append('.').append(whole, shift + 1, whole.length());
    if (adjusted != 0) {
      text.append('E');
      if (adjusted > 0) text.append('+');
      text.append(adjusted);
    }
    return text.toString();
  }
}
