public class Twin {
  static byte addS8(byte a, byte b) { return (byte)(a + b); }
  static int widenU8(byte a) { return a & 255; }
  static long mix(short a, short b, int c, int d, long e, long f) { return (long)a + (long)(b & 65535) + (long)c + ((long)d & 4294967295L) + (e + f); }
  static float halve(float x) { return x * 0.5f; }
  static double scale(double x, double by) { return x * by; }
  static boolean negate(boolean b) { return !b; }
  static int nextChar(int c) { return c + 1; }
  static long maxU64() { return -1L; }
  public static void main(String[] args) {
    System.out.println((int) addS8((byte)100, (byte)100));
    System.out.println(widenU8((byte)-56));
    System.out.println(mix((short)-3, (short)-1, -100000, -1, -5000000000L, 7L));
    System.out.println(halve(3.0f));
    System.out.println(scale(1.5, -2.0));
    System.out.println(negate(true));
    System.out.println(nextChar(128512));
    System.out.println(maxU64());
  }
}
