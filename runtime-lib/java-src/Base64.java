// Kiln's runtime library: java.util.Base64 (the basic, URL-safe and MIME alphabets of RFC 4648 and RFC 2045),
// in Java; translate.sh turns it into runtime-lib/java.util.collections.ir. The messages of the exceptions are
// the JDK's, since programs print them.
package java.util;

public class Base64 {
  private static final String BASIC = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  private static final String URL_SAFE = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
  private static final byte[] CRLF = new byte[] {13, 10};

  public static Base64.Encoder getEncoder() {
    return new Base64.Encoder(false, null, -1, true);
  }

  public static Base64.Encoder getUrlEncoder() {
    return new Base64.Encoder(true, null, -1, true);
  }

  public static Base64.Encoder getMimeEncoder() {
    return new Base64.Encoder(false, CRLF, 76, true);
  }

  // The line length is rounded down to a multiple of 4; a separator may not contain a Base64 character.
  public static Base64.Encoder getMimeEncoder(int lineLength, byte[] lineSeparator) {
    if (lineSeparator == null) throw new NullPointerException();
    for (int i = 0; i < lineSeparator.length; i++) {
      int unit = lineSeparator[i] & 255;
      if (BASIC.indexOf(unit) >= 0 || unit == 61) {
        throw new IllegalArgumentException("Illegal base64 line separator character 0x" + Integer.toString(lineSeparator[i], 16));
      }
    }
    int rounded = lineLength & -4;
    if (rounded <= 0) return getEncoder();
    return new Base64.Encoder(false, lineSeparator.clone(), rounded, true);
  }

  public static Base64.Decoder getDecoder() {
    return new Base64.Decoder(false, false);
  }

  public static Base64.Decoder getUrlDecoder() {
    return new Base64.Decoder(true, false);
  }

  public static Base64.Decoder getMimeDecoder() {
    return new Base64.Decoder(false, true);
  }

  public static class Encoder {
    private final String alphabet;
    private final boolean urlSafe;
    private final byte[] lineSeparator;
    private final int lineLength;
    private final boolean padding;

    Encoder(boolean urlSafe, byte[] lineSeparator, int lineLength, boolean padding) {
      this.urlSafe = urlSafe;
      this.alphabet = urlSafe ? URL_SAFE : BASIC;
      this.lineSeparator = lineSeparator;
      this.lineLength = lineLength;
      this.padding = padding;
    }

    public Base64.Encoder withoutPadding() {
      return new Base64.Encoder(urlSafe, lineSeparator, lineLength, false);
    }

    private int encodedLength(int length) {
      int units = padding ? 4 * ((length + 2) / 3) : (4 * length + 2) / 3;
      if (lineSeparator != null && units > 0) units += (units - 1) / lineLength * lineSeparator.length;
      return units;
    }

    public byte[] encode(byte[] source) {
      byte[] target = new byte[encodedLength(source.length)];
      int written = encodeInto(source, target);
      return written == target.length ? target : Arrays.copyOf(target, written);
    }

    public int encode(byte[] source, byte[] target) {
      if (target.length < encodedLength(source.length)) {
        throw new IllegalArgumentException("Output byte array is too small for encoding all input bytes");
      }
      return encodeInto(source, target);
    }

    public String encodeToString(byte[] source) {
      byte[] encoded = encode(source);
      char[] units = new char[encoded.length];
      for (int i = 0; i < encoded.length; i++) units[i] = (char) (encoded[i] & 255);
      return new String(units);
    }

    // Writes the units of `source`, with the line separators of a MIME encoder, and gives their count.
    private int encodeInto(byte[] source, byte[] target) {
      int written = 0;
      int onLine = 0;
      int i = 0;
      while (i < source.length) {
        int remaining = source.length - i;
        int group = (source[i] & 255) << 16;
        if (remaining > 1) group |= (source[i + 1] & 255) << 8;
        if (remaining > 2) group |= source[i + 2] & 255;
        int units = remaining >= 3 ? 4 : remaining + 1;
        if (lineSeparator != null && onLine == lineLength) {
          for (int s = 0; s < lineSeparator.length; s++) target[written++] = lineSeparator[s];
          onLine = 0;
        }
        for (int u = 0; u < 4; u++) {
          if (u < units) {
            target[written++] = (byte) alphabet.charAt((group >> (18 - 6 * u)) & 63);
          } else if (padding) {
            target[written++] = 61;
          }
        }
        onLine += 4;
        i += 3;
      }
      return written;
    }
  }

  public static class Decoder {
    private final boolean urlSafe;
    private final boolean mime;

    Decoder(boolean urlSafe, boolean mime) {
      this.urlSafe = urlSafe;
      this.mime = mime;
    }

    // The value of one unit, -2 for the padding '=', -1 for anything else.
    private int valueOf(int unit) {
      if (unit >= 65 && unit <= 90) return unit - 65;
      if (unit >= 97 && unit <= 122) return unit - 71;
      if (unit >= 48 && unit <= 57) return unit + 4;
      if (unit == 61) return -2;
      if (urlSafe) {
        if (unit == 45) return 62;
        if (unit == 95) return 63;
      } else {
        if (unit == 43) return 62;
        if (unit == 47) return 63;
      }
      return -1;
    }

    public byte[] decode(byte[] source) {
      if (source.length == 0) return new byte[0];
      if (source.length < 2 && !mime) {
        throw new IllegalArgumentException("Input byte[] should at least have 2 bytes for base64 bytes");
      }
      byte[] target = new byte[3 * ((source.length + 3) / 4)];
      int written = decodeInto(source, target);
      return written == target.length ? target : Arrays.copyOf(target, written);
    }

    public byte[] decode(String source) {
      byte[] units = new byte[source.length()];
      for (int i = 0; i < units.length; i++) {
        char c = source.charAt(i);
        units[i] = c <= 255 ? (byte) c : (byte) 63;
      }
      return decode(units);
    }

    public int decode(byte[] source, byte[] target) {
      byte[] decoded = decode(source);
      if (target.length < decoded.length) {
        throw new IllegalArgumentException("Output byte array is too small for decoding all input bytes");
      }
      System.arraycopy(decoded, 0, target, 0, decoded.length);
      return decoded.length;
    }

    // Four units make three bytes; padding ends the input, and a MIME decoder skips what is not Base64.
    private int decodeInto(byte[] source, byte[] target) {
      int written = 0;
      int bits = 0;
      int shift = 18;
      int position = 0;
      while (position < source.length) {
        int value = valueOf(source[position++] & 255);
        if (value < 0) {
          if (value == -2) {
            if (shift == 6 && (position == source.length || source[position++] != 61) || shift == 18) {
              throw new IllegalArgumentException("Input byte array has wrong 4-byte ending unit");
            }
            break;
          }
          if (mime) continue;
          throw new IllegalArgumentException("Illegal base64 character " + Integer.toString(source[position - 1], 16));
        }
        bits |= value << shift;
        shift -= 6;
        if (shift < 0) {
          target[written++] = (byte) (bits >> 16);
          target[written++] = (byte) (bits >> 8);
          target[written++] = (byte) bits;
          shift = 18;
          bits = 0;
        }
      }
      if (shift == 6) {
        target[written++] = (byte) (bits >> 16);
      } else if (shift == 0) {
        target[written++] = (byte) (bits >> 16);
        target[written++] = (byte) (bits >> 8);
      } else if (shift == 12) {
        throw new IllegalArgumentException("Last unit does not have enough valid bits");
      }
      while (position < source.length) {
        if (mime && valueOf(source[position++] & 255) < 0) continue;
        throw new IllegalArgumentException("Input byte array has incorrect ending byte at " + position);
      }
      return written;
    }
  }
}
