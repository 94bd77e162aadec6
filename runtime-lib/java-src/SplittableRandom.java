// Kiln's runtime library: java.util.SplittableRandom, the JDK's SplitMix64 generator bit for bit (a seeded one
// gives the JVM's sequence, and so do its bounded draws); translate.sh turns it into IR.
package java.util;

public final class SplittableRandom {
  private static final long GOLDEN_GAMMA = 0x9e3779b97f4a7c15L;

  private long seed;
  private final long gamma;

  private SplittableRandom(long seed, long gamma) {
    this.seed = seed;
    this.gamma = gamma;
  }

  public SplittableRandom(long seed) {
    this(seed, GOLDEN_GAMMA);
  }

  // Unseeded: a seed from the host's random source, as `new Random()` takes.
  public SplittableRandom() {
    this(new Random().nextLong(), GOLDEN_GAMMA);
  }

  private static long mix64(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }

  private static int mix32(long z) {
    z = (z ^ (z >>> 33)) * 0x62a9d9ed799705f5L;
    return (int) (((z ^ (z >>> 28)) * 0xcb24d0a5c88c35b3L) >>> 32);
  }

  // An odd gamma with enough bit transitions, as the JDK derives a split generator's.
  private static long mixGamma(long z) {
    z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
    z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
    z = (z ^ (z >>> 33)) | 1L;
    int transitions = Long.bitCount(z ^ (z >>> 1));
    return transitions < 24 ? z ^ 0xaaaaaaaaaaaaaaaaL : z;
  }

  private long nextSeed() {
    seed += gamma;
    return seed;
  }

  public SplittableRandom split() {
    long nextSeed = nextLong();
    return new SplittableRandom(nextSeed, mixGamma(nextSeed()));
  }

  public int nextInt() {
    return mix32(nextSeed());
  }

  public long nextLong() {
    return mix64(nextSeed());
  }

  public int nextInt(int bound) {
    if (bound <= 0) throw new IllegalArgumentException("bound must be positive");
    int r = nextInt();
    int m = bound - 1;
    if ((bound & m) == 0) return r & m;
    int u = r >>> 1;
    r = u % bound;
    while (u + m - r < 0) {
      u = nextInt() >>> 1;
      r = u % bound;
    }
    return r;
  }

  public int nextInt(int origin, int bound) {
    if (origin >= bound) throw new IllegalArgumentException("bound must be greater than origin");
    int r = nextInt();
    int n = bound - origin;
    int m = n - 1;
    if ((n & m) == 0) return (r & m) + origin;
    if (n > 0) {
      int u = r >>> 1;
      r = u % n;
      while (u + m - r < 0) {
        u = nextInt() >>> 1;
        r = u % n;
      }
      return r + origin;
    }
    while (r < origin || r >= bound) r = nextInt();
    return r;
  }

  public long nextLong(long bound) {
    if (bound <= 0) throw new IllegalArgumentException("bound must be positive");
    long r = nextLong();
    long m = bound - 1;
    if ((bound & m) == 0L) return r & m;
    long u = r >>> 1;
    r = u % bound;
    while (u + m - r < 0L) {
      u = nextLong() >>> 1;
      r = u % bound;
    }
    return r;
  }

  public long nextLong(long origin, long bound) {
    if (origin >= bound) throw new IllegalArgumentException("bound must be greater than origin");
    long r = nextLong();
    long n = bound - origin;
    long m = n - 1;
    if ((n & m) == 0L) return (r & m) + origin;
    if (n > 0L) {
      long u = r >>> 1;
      r = u % n;
      while (u + m - r < 0L) {
        u = nextLong() >>> 1;
        r = u % n;
      }
      return r + origin;
    }
    while (r < origin || r >= bound) r = nextLong();
    return r;
  }

  public double nextDouble() {
    return (nextLong() >>> 11) * 0x1.0p-53;
  }

  public double nextDouble(double bound) {
    if (!(bound > 0.0 && bound < Double.POSITIVE_INFINITY)) throw new IllegalArgumentException("bound must be finite and positive");
    double r = nextDouble() * bound;
    return r < bound ? r : Math.nextDown(bound);
  }

  public double nextDouble(double origin, double bound) {
    if (!(origin < bound && bound - origin < Double.POSITIVE_INFINITY)) {
      throw new IllegalArgumentException("bound must be greater than origin");
    }
    double r = nextDouble() * (bound - origin) + origin;
    return r < bound ? r : Math.nextAfter(bound, origin);
  }

  public float nextFloat() {
    return (nextInt() >>> 8) * 0x1.0p-24f;
  }

  public boolean nextBoolean() {
    return nextInt() < 0;
  }

  public void nextBytes(byte[] bytes) {
    int i = 0;
    int length = bytes.length;
    for (int words = length >> 3; words > 0; words--) {
      long random = nextLong();
      for (int n = 0; n < 8; n++) {
        bytes[i++] = (byte) random;
        random >>>= 8;
      }
    }
    if (i < length) {
      long random = nextLong();
      while (i < length) {
        bytes[i++] = (byte) random;
        random >>>= 8;
      }
    }
  }
}
