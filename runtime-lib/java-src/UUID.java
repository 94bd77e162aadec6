// Kiln's runtime library: java.util.UUID (with the MD5 digest of nameUUIDFromBytes), in Java; translate.sh
// turns it into runtime-lib/java.util.collections.ir.
package java.util;

public final class UUID implements Comparable<UUID> {
  private final long mostSigBits;
  private final long leastSigBits;

  public UUID(long mostSigBits, long leastSigBits) {
    this.mostSigBits = mostSigBits;
    this.leastSigBits = leastSigBits;
  }

  public long getMostSignificantBits() {
    return mostSigBits;
  }

  public long getLeastSignificantBits() {
    return leastSigBits;
  }

  // Version 4: 122 random bits. The JDK draws them from SecureRandom, so no program can expect given ones.
  public static UUID randomUUID() {
    Random random = new Random();
    long most = (random.nextLong() & -61441L) | 16384L;
    long least = (random.nextLong() & 4611686018427387903L) | -9223372036854775808L;
    return new UUID(most, least);
  }

  // Version 3: the MD5 digest of the name, with the version and variant bits set.
  public static UUID nameUUIDFromBytes(byte[] name) {
    byte[] digest = UUID.md5(name);
    digest[6] = (byte) ((digest[6] & 15) | 48);
    digest[8] = (byte) ((digest[8] & 63) | 128);
    long most = 0L;
    long least = 0L;
    for (int i = 0; i < 8; i++) most = (most << 8) | (digest[i] & 255);
    for (int i = 8; i < 16; i++) least = (least << 8) | (digest[i] & 255);
    return new UUID(most, least);
  }

  // Five groups of hexadecimal digits; each group may be shorter than its canonical width (the JDK accepts
  // "1-2-3-4-5"), and its bits beyond that width are dropped.
  public static UUID fromString(String name) {
    int length = name.length();
    if (length > 36) throw new IllegalArgumentException("UUID string too large");
    int dash1 = name.indexOf('-', 0);
    int dash2 = name.indexOf('-', dash1 + 1);
    int dash3 = name.indexOf('-', dash2 + 1);
    int dash4 = name.indexOf('-', dash3 + 1);
    int dash5 = name.indexOf('-', dash4 + 1);
    if (dash4 < 0 || dash5 >= 0) throw new IllegalArgumentException("Invalid UUID string: " + name);
    long most = Long.parseLong(name.substring(0, dash1), 16) & 4294967295L;
    most = (most << 16) | (Long.parseLong(name.substring(dash1 + 1, dash2), 16) & 65535L);
    most = (most << 16) | (Long.parseLong(name.substring(dash2 + 1, dash3), 16) & 65535L);
    long least = (Long.parseLong(name.substring(dash3 + 1, dash4), 16) & 65535L) << 48;
    least = least | (Long.parseLong(name.substring(dash4 + 1, length), 16) & 281474976710655L);
    return new UUID(most, least);
  }

  public int version() {
    return (int) ((mostSigBits >> 12) & 15L);
  }

  // 0 for the NCS variant, 2 for RFC 4122 (Leach-Salz), 6 for Microsoft, 7 for future use.
  public int variant() {
    return (int) ((leastSigBits >>> (int) (64L - (leastSigBits >>> 62))) & (leastSigBits >> 63));
  }

  public long timestamp() {
    requireTimeBased();
    return ((mostSigBits & 4095L) << 48) | (((mostSigBits >> 16) & 65535L) << 32) | (mostSigBits >>> 32);
  }

  public int clockSequence() {
    requireTimeBased();
    return (int) ((leastSigBits & 4611404543450677248L) >>> 48);
  }

  public long node() {
    requireTimeBased();
    return leastSigBits & 281474976710655L;
  }

  private void requireTimeBased() {
    if (version() != 1) throw new UnsupportedOperationException("Not a time-based UUID");
  }

  public String toString() {
    return UUID.hex(mostSigBits >>> 32, 8) + "-" + UUID.hex(mostSigBits >>> 16, 4) + "-" + UUID.hex(mostSigBits, 4) + "-"
        + UUID.hex(leastSigBits >>> 48, 4) + "-" + UUID.hex(leastSigBits, 12);
  }

  // The low `digits` hexadecimal digits of `value`, with leading zeros.
  private static String hex(long value, int digits) {
    char[] text = new char[digits];
    for (int i = digits - 1; i >= 0; i--) {
      text[i] = Character.forDigit((int) (value & 15L), 16);
      value = value >>> 4;
    }
    return new String(text);
  }

  public int hashCode() {
    long folded = mostSigBits ^ leastSigBits;
    return ((int) (folded >> 32)) ^ (int) folded;
  }

  public boolean equals(Object other) {
    if (!(other instanceof UUID)) return false;
    UUID that = (UUID) other;
    return mostSigBits == that.mostSigBits && leastSigBits == that.leastSigBits;
  }

  // Signed comparisons, as the JDK's.
  public int compareTo(UUID other) {
    int most = Long.compare(mostSigBits, other.mostSigBits);
    return most != 0 ? most : Long.compare(leastSigBits, other.leastSigBits);
  }

  private static final int[] MD5_SHIFTS = new int[] {7, 12, 17, 22, 5, 9, 14, 20, 4, 11, 16, 23, 6, 10, 15, 21};

  // floor(|sin(i + 1)| * 2^32), the constants of RFC 1321.
  private static final int[] MD5_SINES = new int[] {
    0xd76aa478, 0xe8c7b756, 0x242070db, 0xc1bdceee, 0xf57c0faf, 0x4787c62a, 0xa8304613, 0xfd469501,
    0x698098d8, 0x8b44f7af, 0xffff5bb1, 0x895cd7be, 0x6b901122, 0xfd987193, 0xa679438e, 0x49b40821,
    0xf61e2562, 0xc040b340, 0x265e5a51, 0xe9b6c7aa, 0xd62f105d, 0x02441453, 0xd8a1e681, 0xe7d3fbc8,
    0x21e1cde6, 0xc33707d6, 0xf4d50d87, 0x455a14ed, 0xa9e3e905, 0xfcefa3f8, 0x676f02d9, 0x8d2a4c8a,
    0xfffa3942, 0x8771f681, 0x6d9d6122, 0xfde5380c, 0xa4beea44, 0x4bdecfa9, 0xf6bb4b60, 0xbebfbc70,
    0x289b7ec6, 0xeaa127fa, 0xd4ef3085, 0x04881d05, 0xd9d4d039, 0xe6db99e5, 0x1fa27cf8, 0xc4ac5665,
    0xf4292244, 0x432aff97, 0xab9423a7, 0xfc93a039, 0x655b59c3, 0x8f0ccc92, 0xffeff47d, 0x85845dd1,
    0x6fa87e4f, 0xfe2ce6e0, 0xa3014314, 0x4e0811a1, 0xf7537e82, 0xbd3af235, 0x2ad7d2bb, 0xeb86d391
  };

  // MD5 (RFC 1321): the message padded to 64-byte blocks with its bit length, little-endian throughout.
  static byte[] md5(byte[] message) {
    int padded = ((message.length + 8) / 64 + 1) * 64;
    byte[] data = Arrays.copyOf(message, padded);
    data[message.length] = (byte) 128;
    long bits = (long) message.length * 8L;
    for (int i = 0; i < 8; i++) data[padded - 8 + i] = (byte) (bits >>> (8 * i));
    int a0 = 0x67452301;
    int b0 = 0xefcdab89;
    int c0 = 0x98badcfe;
    int d0 = 0x10325476;
    int[] words = new int[16];
    for (int block = 0; block < padded; block += 64) {
      for (int w = 0; w < 16; w++) {
        int at = block + 4 * w;
        words[w] = (data[at] & 255) | ((data[at + 1] & 255) << 8) | ((data[at + 2] & 255) << 16) | ((data[at + 3] & 255) << 24);
      }
      int a = a0;
      int b = b0;
      int c = c0;
      int d = d0;
      for (int i = 0; i < 64; i++) {
        int f;
        int g;
        if (i < 16) {
          f = (b & c) | (~b & d);
          g = i;
        } else if (i < 32) {
          f = (d & b) | (~d & c);
          g = (5 * i + 1) & 15;
        } else if (i < 48) {
          f = b ^ c ^ d;
          g = (3 * i + 5) & 15;
        } else {
          f = c ^ (b | ~d);
          g = (7 * i) & 15;
        }
        int rotated = Integer.rotateLeft(a + f + MD5_SINES[i] + words[g], MD5_SHIFTS[(i / 16) * 4 + (i & 3)]);
        a = d;
        d = c;
        c = b;
        b = b + rotated;
      }
      a0 += a;
      b0 += b;
      c0 += c;
      d0 += d;
    }
    byte[] digest = new byte[16];
    int[] state = new int[] {a0, b0, c0, d0};
    for (int i = 0; i < 16; i++) digest[i] = (byte) (state[i / 4] >>> (8 * (i & 3)));
    return digest;
  }
}
