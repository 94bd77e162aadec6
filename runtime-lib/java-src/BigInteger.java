// Kiln's runtime library: java.math.BigInteger, in Java; translate.sh turns it into runtime-lib/java.util.collections.ir.
//
// A number is a sign (-1, 0, 1) and a magnitude: 32-bit limbs, least significant first, with no zero limb at
// the top (zero has no limbs). Limbs are unsigned: arithmetic widens them to long with `& MASK`. Addition and
// subtraction are the school methods, multiplication is the quadratic one (programs' numbers are a few
// hundred limbs at most), division is Knuth's algorithm D, and decimal conversion works in chunks of nine
// digits. The results, hashCode and the exceptions' messages are the JDK's; the bitwise operations see the
// two's complement of negative numbers, as the JDK's do.
// (In Java source, java.lang.Number is named an interface: Kiln's runtime declares it one, for its boxes.)
package java.math;

public class BigInteger implements Number, Comparable<BigInteger> {
  static final long MASK = 0xFFFFFFFFL;

  public static final BigInteger ZERO = new BigInteger(0, new int[0]);
  public static final BigInteger ONE = valueOf(1);
  public static final BigInteger TWO = valueOf(2);
  public static final BigInteger TEN = valueOf(10);

  final int signum;
  final int[] mag;

  // The magnitude is trimmed here, so every constructor's result is canonical.
  BigInteger(int signum, int[] mag) {
    int length = mag.length;
    while (length > 0 && mag[length - 1] == 0) length--;
    if (length != mag.length) mag = java.util.Arrays.copyOf(mag, length);
    this.mag = mag;
    this.signum = length == 0 ? 0 : signum;
  }

  public BigInteger(String text) {
    this(text, 10);
  }

  public BigInteger(String text, int radix) {
    this(parseSign(text, radix), parseMagnitude(text, radix));
  }

  private static int parseSign(String text, int radix) {
    if (radix < 2 || radix > 36) throw new NumberFormatException("Radix out of range");
    if (text.length() == 0) throw new NumberFormatException("Zero length BigInteger");
    return text.charAt(0) == '-' ? -1 : 1;
  }

  private static int[] parseMagnitude(String text, int radix) {
    int start = 0;
    if (text.charAt(0) == '-' || text.charAt(0) == '+') start = 1;
    if (start == text.length()) throw new NumberFormatException("Zero length BigInteger");
    int[] mag = new int[0];
    for (int i = start; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '-' || c == '+') throw new NumberFormatException("Illegal embedded sign character");
      int digit = Character.digit(c, radix);
      if (digit < 0) throw new NumberFormatException("For input string: \"" + text.substring(start) + "\"" + (radix == 10 ? "" : " under radix " + radix));
      mag = multiplyAddSmall(mag, radix, digit);
    }
    return mag;
  }

  public static BigInteger valueOf(long value) {
    if (value == 0) return ZERO;
    long magnitude = value < 0 ? -value : value;
    int[] mag = new int[2];
    mag[0] = (int) magnitude;
    mag[1] = (int) (magnitude >>> 32);
    return new BigInteger(value < 0 ? -1 : 1, mag);
  }

  // ---- magnitudes --------------------------------------------------------------------------------------

  static int compareMagnitudes(int[] a, int[] b) {
    if (a.length != b.length) return a.length < b.length ? -1 : 1;
    for (int i = a.length - 1; i >= 0; i--) {
      if (a[i] != b[i]) return (a[i] & MASK) < (b[i] & MASK) ? -1 : 1;
    }
    return 0;
  }

  static int[] addMagnitudes(int[] a, int[] b) {
    if (a.length < b.length) {
      int[] swap = a;
      a = b;
      b = swap;
    }
    int[] sum = new int[a.length + 1];
    long carry = 0;
    for (int i = 0; i < a.length; i++) {
      long total = (a[i] & MASK) + (i < b.length ? b[i] & MASK : 0) + carry;
      sum[i] = (int) total;
      carry = total >>> 32;
    }
    sum[a.length] = (int) carry;
    return sum;
  }

  // a - b, where a >= b.
  static int[] subtractMagnitudes(int[] a, int[] b) {
    int[] difference = new int[a.length];
    long borrow = 0;
    for (int i = 0; i < a.length; i++) {
      long total = (a[i] & MASK) - (i < b.length ? b[i] & MASK : 0) - borrow;
      difference[i] = (int) total;
      borrow = total < 0 ? 1 : 0;
    }
    return difference;
  }

  static int[] multiplyMagnitudes(int[] a, int[] b) {
    if (a.length == 0 || b.length == 0) return new int[0];
    int[] product = new int[a.length + b.length];
    for (int i = 0; i < a.length; i++) {
      long carry = 0;
      long left = a[i] & MASK;
      if (left == 0) continue;
      for (int j = 0; j < b.length; j++) {
        long total = left * (b[j] & MASK) + (product[i + j] & MASK) + carry;
        product[i + j] = (int) total;
        carry = total >>> 32;
      }
      product[i + b.length] = (int) carry;
    }
    return product;
  }

  // mag * factor + addend, for small non-negative factor and addend.
  static int[] multiplyAddSmall(int[] mag, int factor, int addend) {
    int[] result = new int[mag.length + 1];
    long carry = addend;
    for (int i = 0; i < mag.length; i++) {
      long total = (mag[i] & MASK) * factor + carry;
      result[i] = (int) total;
      carry = total >>> 32;
    }
    result[mag.length] = (int) carry;
    int length = result.length;
    while (length > 0 && result[length - 1] == 0) length--;
    return java.util.Arrays.copyOf(result, length);
  }

  // The quotient (trimmed) of a magnitude by one limb; the remainder goes into remainder[0].
  static int[] divideBySmall(int[] mag, long divisor, long[] remainder) {
    int[] quotient = new int[mag.length];
    long rest = 0;
    for (int i = mag.length - 1; i >= 0; i--) {
      long current = (rest << 32) | (mag[i] & MASK);
      quotient[i] = (int) Long.divideUnsigned(current, divisor);
      rest = Long.remainderUnsigned(current, divisor);
    }
    remainder[0] = rest;
    int length = quotient.length;
    while (length > 0 && quotient[length - 1] == 0) length--;
    return java.util.Arrays.copyOf(quotient, length);
  }

  // Knuth's algorithm D: {quotient, remainder} of magnitudes, divisor non-zero.
  static int[][] divideMagnitudes(int[] dividend, int[] divisor) {
    int[][] result = new int[2][];
    if (compareMagnitudes(dividend, divisor) < 0) {
      result[0] = new int[0];
      result[1] = dividend;
      return result;
    }
    if (divisor.length == 1) {
      long[] rest = new long[1];
      result[0] = divideBySmall(dividend, divisor[0] & MASK, rest);
      int[] remainder = new int[1];
      remainder[0] = (int) rest[0];
      result[1] = remainder;
      return result;
    }
    int shift = Integer.numberOfLeadingZeros(divisor[divisor.length - 1]);
    int[] v = shiftLeftMagnitude(divisor, shift, divisor.length);
    int[] u = shiftLeftMagnitude(dividend, shift, dividend.length + 1);
    int n = v.length;
    int m = u.length - n;
    int[] q = new int[m];
    long vTop = v[n - 1] & MASK;
    long vNext = v[n - 2] & MASK;
    for (int j = m - 1; j >= 0; j--) {
      long numerator = ((u[j + n] & MASK) << 32) | (u[j + n - 1] & MASK);
      long qhat = Long.divideUnsigned(numerator, vTop);
      long rhat = Long.remainderUnsigned(numerator, vTop);
      while (qhat > MASK || Long.compareUnsigned(qhat * vNext, (rhat << 32) | (u[j + n - 2] & MASK)) > 0) {
        qhat--;
        rhat += vTop;
        if (rhat > MASK) break;
      }
      long borrow = 0;
      long carry = 0;
      for (int i = 0; i < n; i++) {
        long product = qhat * (v[i] & MASK) + carry;
        carry = product >>> 32;
        long difference = (u[i + j] & MASK) - (product & MASK) - borrow;
        u[i + j] = (int) difference;
        borrow = difference < 0 ? 1 : 0;
      }
      long top = (u[j + n] & MASK) - carry - borrow;
      u[j + n] = (int) top;
      if (top < 0) {
        qhat--;
        long addCarry = 0;
        for (int i = 0; i < n; i++) {
          long total = (u[i + j] & MASK) + (v[i] & MASK) + addCarry;
          u[i + j] = (int) total;
          addCarry = total >>> 32;
        }
        u[j + n] = (int) ((u[j + n] & MASK) + addCarry);
      }
      q[j] = (int) qhat;
    }
    result[0] = q;
    result[1] = shiftRightMagnitude(java.util.Arrays.copyOf(u, n), shift);
    return result;
  }

  // mag << bits (bits < 32) into an array of the given length.
  static int[] shiftLeftMagnitude(int[] mag, int bits, int length) {
    int[] shifted = new int[length];
    if (bits == 0) {
      System.arraycopy(mag, 0, shifted, 0, mag.length);
      return shifted;
    }
    int carry = 0;
    for (int i = 0; i < mag.length; i++) {
      shifted[i] = (mag[i] << bits) | carry;
      carry = mag[i] >>> (32 - bits);
    }
    if (mag.length < length) shifted[mag.length] = carry;
    return shifted;
  }

  static int[] shiftRightMagnitude(int[] mag, int bits) {
    if (bits == 0) return mag;
    int[] shifted = new int[mag.length];
    for (int i = 0; i < mag.length; i++) {
      int high = i + 1 < mag.length ? mag[i + 1] << (32 - bits) : 0;
      shifted[i] = (mag[i] >>> bits) | high;
    }
    return shifted;
  }

  // ---- arithmetic --------------------------------------------------------------------------------------

  public BigInteger add(BigInteger other) {
    if (other.signum == 0) return this;
    if (signum == 0) return other;
    if (signum == other.signum) return new BigInteger(signum, addMagnitudes(mag, other.mag));
    int order = compareMagnitudes(mag, other.mag);
    if (order == 0) return ZERO;
    if (order > 0) return new BigInteger(signum, subtractMagnitudes(mag, other.mag));
    return new BigInteger(other.signum, subtractMagnitudes(other.mag, mag));
  }

  public BigInteger subtract(BigInteger other) {
    return add(other.negate());
  }

  public BigInteger multiply(BigInteger other) {
    if (signum == 0 || other.signum == 0) return ZERO;
    return new BigInteger(signum * other.signum, multiplyMagnitudes(mag, other.mag));
  }

  public BigInteger divide(BigInteger other) {
    return divideAndRemainder(other)[0];
  }

  public BigInteger remainder(BigInteger other) {
    return divideAndRemainder(other)[1];
  }

  // Truncating division, as Java's / and %: the remainder has the dividend's sign.
  public BigInteger[] divideAndRemainder(BigInteger other) {
    if (other.signum == 0) throw new ArithmeticException("BigInteger divide by zero");
    int[][] parts = divideMagnitudes(mag, other.mag);
    BigInteger[] result = new BigInteger[2];
    result[0] = new BigInteger(signum * other.signum, parts[0]);
    result[1] = new BigInteger(signum, parts[1]);
    return result;
  }

  public BigInteger mod(BigInteger modulus) {
    if (modulus.signum <= 0) throw new ArithmeticException("BigInteger: modulus not positive");
    BigInteger rest = remainder(modulus);
    return rest.signum < 0 ? rest.add(modulus) : rest;
  }

  public BigInteger pow(int exponent) {
    if (exponent < 0) throw new ArithmeticException("Negative exponent");
    BigInteger result = ONE;
    BigInteger base = this;
    while (exponent > 0) {
      if ((exponent & 1) != 0) result = result.multiply(base);
      exponent >>>= 1;
      if (exponent > 0) base = base.multiply(base);
    }
    return result;
  }

  public BigInteger modPow(BigInteger exponent, BigInteger modulus) {
    if (modulus.signum <= 0) throw new ArithmeticException("BigInteger: modulus not positive");
    if (exponent.signum < 0) return modInverse(modulus).modPow(exponent.negate(), modulus);
    if (modulus.equals(ONE)) return ZERO;
    BigInteger result = ONE;
    BigInteger base = mod(modulus);
    int bits = exponent.bitLength();
    for (int i = bits - 1; i >= 0; i--) {
      result = result.multiply(result).mod(modulus);
      if (exponent.testBit(i)) result = result.multiply(base).mod(modulus);
    }
    return result;
  }

  public BigInteger modInverse(BigInteger modulus) {
    if (modulus.signum <= 0) throw new ArithmeticException("BigInteger: modulus not positive");
    if (modulus.equals(ONE)) return ZERO;
    BigInteger a = mod(modulus);
    BigInteger m = modulus;
    BigInteger x0 = ZERO;
    BigInteger x1 = ONE;
    while (a.signum > 0) {
      BigInteger[] qr = m.divideAndRemainder(a);
      BigInteger next = x0.subtract(qr[0].multiply(x1));
      x0 = x1;
      x1 = next;
      m = a;
      a = qr[1];
    }
    if (!m.equals(ONE)) throw new ArithmeticException("BigInteger not invertible.");
    return x0.mod(modulus);
  }

  public BigInteger gcd(BigInteger other) {
    BigInteger a = abs();
    BigInteger b = other.abs();
    while (b.signum != 0) {
      BigInteger rest = a.remainder(b);
      a = b;
      b = rest;
    }
    return a;
  }

  public BigInteger negate() {
    return signum == 0 ? this : new BigInteger(-signum, mag);
  }

  public BigInteger abs() {
    return signum < 0 ? negate() : this;
  }

  public int signum() {
    return signum;
  }

  public BigInteger min(BigInteger other) {
    return compareTo(other) <= 0 ? this : other;
  }

  public BigInteger max(BigInteger other) {
    return compareTo(other) >= 0 ? this : other;
  }

  // The largest integer whose square is at most this (Newton's method from above).
  public BigInteger sqrt() {
    if (signum < 0) throw new ArithmeticException("Negative BigInteger");
    if (signum == 0) return ZERO;
    BigInteger x = ONE.shiftLeft((bitLength() + 1) / 2);
    while (true) {
      BigInteger y = x.add(divide(x)).shiftRight(1);
      if (y.compareTo(x) >= 0) return x;
      x = y;
    }
  }

  // ---- bits (two's complement for negative numbers) ----------------------------------------------------

  public int bitLength() {
    if (signum == 0) return 0;
    int top = mag[mag.length - 1];
    int length = (mag.length - 1) * 32 + (32 - Integer.numberOfLeadingZeros(top));
    if (signum < 0) {
      // -2^k has one bit fewer than its magnitude.
      boolean powerOfTwo = Integer.bitCount(top) == 1;
      for (int i = 0; i < mag.length - 1 && powerOfTwo; i++) powerOfTwo = mag[i] == 0;
      if (powerOfTwo) length--;
    }
    return length;
  }

  public int bitCount() {
    int count = 0;
    int[] words = signum < 0 ? subtractMagnitudes(mag, ONE.mag) : mag;
    for (int i = 0; i < words.length; i++) count += Integer.bitCount(words[i]);
    return count;
  }

  public int getLowestSetBit() {
    if (signum == 0) return -1;
    int i = 0;
    while (mag[i] == 0) i++;
    return i * 32 + Integer.numberOfTrailingZeros(mag[i]);
  }

  // The 32-bit word n of the two's complement (sign-extended past the magnitude).
  int word(int n) {
    if (signum >= 0) return n < mag.length ? mag[n] : 0;
    if (n >= mag.length) return -1;
    // -m = ~(m - 1): below the lowest non-zero limb the words are zero, at it the negation, above it the complement.
    int lowest = 0;
    while (mag[lowest] == 0) lowest++;
    if (n < lowest) return 0;
    if (n == lowest) return -mag[n];
    return ~mag[n];
  }

  static BigInteger fromWords(int[] words) {
    if (words.length > 0 && words[words.length - 1] < 0) {
      int[] magnitude = new int[words.length];
      long carry = 1;
      for (int i = 0; i < words.length; i++) {
        long total = (~words[i] & MASK) + carry;
        magnitude[i] = (int) total;
        carry = total >>> 32;
      }
      return new BigInteger(-1, magnitude);
    }
    return new BigInteger(1, words);
  }

  public boolean testBit(int n) {
    if (n < 0) throw new ArithmeticException("Negative bit address");
    return (word(n >>> 5) & (1 << (n & 31))) != 0;
  }

  public BigInteger setBit(int n) {
    if (n < 0) throw new ArithmeticException("Negative bit address");
    int[] words = new int[Math.max(mag.length, (n >>> 5) + 1) + 1];
    for (int i = 0; i < words.length; i++) words[i] = word(i);
    words[n >>> 5] |= 1 << (n & 31);
    return fromWords(words);
  }

  public BigInteger clearBit(int n) {
    if (n < 0) throw new ArithmeticException("Negative bit address");
    int[] words = new int[Math.max(mag.length, (n >>> 5) + 1) + 1];
    for (int i = 0; i < words.length; i++) words[i] = word(i);
    words[n >>> 5] &= ~(1 << (n & 31));
    return fromWords(words);
  }

  public BigInteger flipBit(int n) {
    if (n < 0) throw new ArithmeticException("Negative bit address");
    int[] words = new int[Math.max(mag.length, (n >>> 5) + 1) + 1];
    for (int i = 0; i < words.length; i++) words[i] = word(i);
    words[n >>> 5] ^= 1 << (n & 31);
    return fromWords(words);
  }

  public BigInteger and(BigInteger other) {
    int[] words = new int[Math.max(mag.length, other.mag.length) + 1];
    for (int i = 0; i < words.length; i++) words[i] = word(i) & other.word(i);
    return fromWords(words);
  }

  public BigInteger or(BigInteger other) {
    int[] words = new int[Math.max(mag.length, other.mag.length) + 1];
    for (int i = 0; i < words.length; i++) words[i] = word(i) | other.word(i);
    return fromWords(words);
  }

  public BigInteger xor(BigInteger other) {
    int[] words = new int[Math.max(mag.length, other.mag.length) + 1];
    for (int i = 0; i < words.length; i++) words[i] = word(i) ^ other.word(i);
    return fromWords(words);
  }

  public BigInteger andNot(BigInteger other) {
    int[] words = new int[Math.max(mag.length, other.mag.length) + 1];
    for (int i = 0; i < words.length; i++) words[i] = word(i) & ~other.word(i);
    return fromWords(words);
  }

  public BigInteger not() {
    int[] words = new int[mag.length + 1];
    for (int i = 0; i < words.length; i++) words[i] = ~word(i);
    return fromWords(words);
  }

  public BigInteger shiftLeft(int n) {
    if (n < 0) return shiftRight(-n);
    if (signum == 0 || n == 0) return this;
    int limbs = n >>> 5;
    int[] shifted = shiftLeftMagnitude(mag, n & 31, mag.length + 1);
    int[] result = new int[shifted.length + limbs];
    System.arraycopy(shifted, 0, result, limbs, shifted.length);
    return new BigInteger(signum, result);
  }

  // An arithmetic shift: negative numbers round toward negative infinity, as the JDK's.
  public BigInteger shiftRight(int n) {
    if (n < 0) return shiftLeft(-n);
    if (signum == 0 || n == 0) return this;
    int limbs = n >>> 5;
    if (limbs >= mag.length) return signum < 0 ? ONE.negate() : ZERO;
    int[] rest = java.util.Arrays.copyOfRange(mag, limbs, mag.length);
    int[] shifted = shiftRightMagnitude(rest, n & 31);
    BigInteger result = new BigInteger(signum, shifted);
    if (signum < 0) {
      boolean lostOnes = false;
      for (int i = 0; i < limbs && !lostOnes; i++) lostOnes = mag[i] != 0;
      if (!lostOnes && (n & 31) != 0) lostOnes = (mag[limbs] << (32 - (n & 31))) != 0;
      if (lostOnes) result = result.subtract(ONE);
    }
    return result;
  }

  // ---- primes ------------------------------------------------------------------------------------------

  // Miller-Rabin with the first prime bases: exact below 3.3 * 10^24, and for larger numbers wrong with a
  // probability far below the JDK's 2^-certainty for any certainty programs use.
  public boolean isProbablePrime(int certainty) {
    if (certainty <= 0) return true;
    BigInteger n = abs();
    if (n.compareTo(TWO) < 0) return false;
    int[] bases = {2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37, 41, 43, 47, 53, 59, 61, 67, 71};
    for (int i = 0; i < bases.length; i++) {
      BigInteger base = valueOf(bases[i]);
      if (n.equals(base)) return true;
      if (n.remainder(base).signum == 0) return false;
    }
    BigInteger nMinusOne = n.subtract(ONE);
    int s = nMinusOne.getLowestSetBit();
    BigInteger d = nMinusOne.shiftRight(s);
    for (int i = 0; i < bases.length; i++) {
      BigInteger x = valueOf(bases[i]).modPow(d, n);
      if (x.equals(ONE) || x.equals(nMinusOne)) continue;
      boolean composite = true;
      for (int r = 1; r < s && composite; r++) {
        x = x.multiply(x).mod(n);
        if (x.equals(nMinusOne)) composite = false;
      }
      if (composite) return false;
    }
    return true;
  }

  public BigInteger nextProbablePrime() {
    if (signum < 0) throw new ArithmeticException("start < 0: " + this);
    BigInteger candidate = add(ONE);
    if (candidate.compareTo(TWO) <= 0) return TWO;
    if (!candidate.testBit(0)) candidate = candidate.add(ONE);
    while (!candidate.isProbablePrime(100)) candidate = candidate.add(TWO);
    return candidate;
  }

  // From two's complement bytes, most significant first (what toByteArray writes).
  public BigInteger(byte[] bytes) {
    this(bytes, 0, bytes.length);
  }

  public BigInteger(byte[] bytes, int offset, int length) {
    this(twosComplementSign(bytes, offset, length), magnitudeOfBytes(bytes, offset, length, length > 0 && bytes[offset] < 0));
  }

  // From a sign and the bytes of the magnitude, most significant first.
  public BigInteger(int signum, byte[] magnitude) {
    this(checkedSignum(signum, magnitude), magnitudeOfBytes(magnitude, 0, magnitude.length, false));
  }

  private static int twosComplementSign(byte[] bytes, int offset, int length) {
    checkRange(bytes, offset, length);
    if (length == 0) throw new NumberFormatException("Zero length BigInteger");
    return bytes[offset] < 0 ? -1 : 1;
  }

  private static void checkRange(byte[] bytes, int offset, int length) {
    if (offset < 0 || length < 0 || (length > 0 && (offset >= bytes.length || length > bytes.length - offset))) {
      throw new IndexOutOfBoundsException();
    }
  }

  private static int checkedSignum(int signum, byte[] magnitude) {
    if (signum < -1 || signum > 1) throw new NumberFormatException("Invalid signum value");
    if (signum == 0) {
      for (int i = 0; i < magnitude.length; i++) {
        if (magnitude[i] != 0) throw new NumberFormatException("signum-magnitude mismatch");
      }
    }
    return signum;
  }

  // The limbs of the bytes; a negative two's complement number is sign-extended and negated (inverted, plus one).
  private static int[] magnitudeOfBytes(byte[] bytes, int offset, int length, boolean negative) {
    int[] limbs = new int[(length + 3) / 4 + 1];
    for (int i = 0; i < length; i++) {
      int fromEnd = length - 1 - i;
      limbs[fromEnd >>> 2] |= (bytes[offset + i] & 0xFF) << ((fromEnd & 3) * 8);
    }
    if (negative) {
      for (int j = length; j < limbs.length * 4; j++) limbs[j >>> 2] |= 0xFF << ((j & 3) * 8);
      long carry = 1;
      for (int k = 0; k < limbs.length; k++) {
        long sum = (~limbs[k] & MASK) + carry;
        limbs[k] = (int) sum;
        carry = sum >>> 32;
      }
    }
    return limbs;
  }

  // The integer square root and what is left: {s, this - s * s}.
  public BigInteger[] sqrtAndRemainder() {
    BigInteger root = sqrt();
    return new BigInteger[] {root, subtract(root.multiply(root))};
  }

  // A uniformly random number below 2^bits, from the same draws as the JDK's (Random.nextBytes, big-endian).
  public BigInteger(int bits, java.util.Random random) {
    this(1, randomMagnitude(bits, random));
  }

  private static int[] randomMagnitude(int bits, java.util.Random random) {
    if (bits < 0) throw new IllegalArgumentException("numBits must be non-negative");
    int byteCount = (int) (((long) bits + 7) / 8);
    byte[] bytes = new byte[byteCount];
    random.nextBytes(bytes);
    if (byteCount > 0) bytes[0] &= (byte) ((1 << (8 - (8 * byteCount - bits))) - 1);
    int[] mag = new int[(byteCount + 3) / 4];
    for (int i = 0; i < byteCount; i++) {
      int fromEnd = byteCount - 1 - i;
      mag[fromEnd >>> 2] |= (bytes[i] & 0xFF) << ((fromEnd & 3) * 8);
    }
    return mag;
  }

  // ---- conversions -------------------------------------------------------------------------------------

  public int intValue() {
    return word(0);
  }

  public long longValue() {
    return ((long) word(1) << 32) | (word(0) & MASK);
  }

  public float floatValue() {
    return Float.parseFloat(toString());
  }

  public double doubleValue() {
    return Double.parseDouble(toString());
  }

  public long longValueExact() {
    if (bitLength() > 63) throw new ArithmeticException("BigInteger out of long range");
    return longValue();
  }

  public int intValueExact() {
    if (bitLength() > 31) throw new ArithmeticException("BigInteger out of int range");
    return intValue();
  }

  public int compareTo(BigInteger other) {
    if (signum != other.signum) return signum < other.signum ? -1 : 1;
    int order = compareMagnitudes(mag, other.mag);
    return signum < 0 ? -order : order;
  }

  public boolean equals(Object other) {
    if (!(other instanceof BigInteger)) return false;
    BigInteger that = (BigInteger) other;
    return signum == that.signum && compareMagnitudes(mag, that.mag) == 0;
  }

  // The JDK's: the limbs from the most significant, 31-based, times the sign.
  public int hashCode() {
    int hash = 0;
    for (int i = mag.length - 1; i >= 0; i--) hash = (int) (31 * hash + (mag[i] & MASK));
    return hash * signum;
  }

  public String toString() {
    return toString(10);
  }

  public String toString(int radix) {
    if (signum == 0) return "0";
    if (radix < 2 || radix > 36) radix = 10;
    // Chunks of the largest power of the radix that fits in a limb.
    int digitsPerChunk = 1;
    long chunk = radix;
    while (chunk * radix <= MASK) {
      chunk *= radix;
      digitsPerChunk++;
    }
    StringBuilder reversed = new StringBuilder();
    int[] rest = mag;
    long[] remainder = new long[1];
    while (rest.length > 0) {
      rest = divideBySmall(rest, chunk, remainder);
      long part = remainder[0];
      for (int i = 0; i < digitsPerChunk; i++) {
        if (rest.length == 0 && part == 0) break;
        reversed.append(Character.forDigit((int) (part % radix), radix));
        part /= radix;
      }
    }
    if (signum < 0) reversed.append('-');
    return reversed.reverse().toString();
  }

  public byte[] toByteArray() {
    int length = bitLength() / 8 + 1;
    byte[] bytes = new byte[length];
    for (int i = 0; i < length; i++) bytes[length - 1 - i] = (byte) (word(i >>> 2) >>> ((i & 3) * 8));
    return bytes;
  }
}
