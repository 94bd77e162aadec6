// Kiln's runtime library: java.util.zip's Checksum, CRC32 (the reflected polynomial 0xEDB88320 of ISO 3309
// and zlib) and Adler32 (RFC 1950), in Java; translate.sh turns it into runtime-lib/java.util.collections.ir.
package java.util.zip;

public interface Checksum {
  void update(int b);

  void update(byte[] bytes, int offset, int length);

  long getValue();

  void reset();

  default void update(byte[] bytes) {
    update(bytes, 0, bytes.length);
  }
}

public class CRC32 implements Checksum {
  private static int[] table;
  private int crc;

  public CRC32() {}

  // One entry per byte value: its remainder after eight steps of the division.
  private static int[] table() {
    if (table == null) {
      int[] entries = new int[256];
      for (int n = 0; n < 256; n++) {
        int c = n;
        for (int k = 0; k < 8; k++) c = (c & 1) != 0 ? 0xEDB88320 ^ (c >>> 1) : c >>> 1;
        entries[n] = c;
      }
      table = entries;
    }
    return table;
  }

  public void update(int b) {
    int[] entries = CRC32.table();
    int c = ~crc;
    c = entries[(c ^ b) & 255] ^ (c >>> 8);
    crc = ~c;
  }

  public void update(byte[] bytes, int offset, int length) {
    if (offset < 0 || length < 0 || offset > bytes.length - length) throw new ArrayIndexOutOfBoundsException();
    int[] entries = CRC32.table();
    int c = ~crc;
    for (int i = offset; i < offset + length; i++) c = entries[(c ^ bytes[i]) & 255] ^ (c >>> 8);
    crc = ~c;
  }

  public void update(byte[] bytes) {
    update(bytes, 0, bytes.length);
  }

  public long getValue() {
    return crc & 4294967295L;
  }

  public void reset() {
    crc = 0;
  }
}

public class Adler32 implements Checksum {
  private int a = 1;
  private int b = 0;

  public Adler32() {}

  public void update(int value) {
    a = (a + (value & 255)) % 65521;
    b = (b + a) % 65521;
  }

  public void update(byte[] bytes, int offset, int length) {
    if (offset < 0 || length < 0 || offset > bytes.length - length) throw new ArrayIndexOutOfBoundsException();
    for (int i = offset; i < offset + length; i++) update(bytes[i]);
  }

  public void update(byte[] bytes) {
    update(bytes, 0, bytes.length);
  }

  public long getValue() {
    return ((long) b << 16) | a;
  }

  public void reset() {
    a = 1;
    b = 0;
  }
}
