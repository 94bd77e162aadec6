// Kiln's runtime library: java.net's URLEncoder and URLDecoder (the application/x-www-form-urlencoded
// format of HTML forms), in Java; translate.sh turns it into runtime-lib/java.util.collections.ir. The
// messages are the JDK's.
package java.net;

import java.io.UnsupportedEncodingException;
import java.nio.charset.Charset;

public class URLEncoder {
  // Letters, digits and ".-*_" stay; a space is '+'; every other character is its bytes in the charset as %XX.
  public static String encode(String text, Charset charset) {
    StringBuilder out = new StringBuilder();
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (URLEncoder.isSafe(c)) {
        out.append(c);
        i++;
      } else if (c == ' ') {
        out.append('+');
        i++;
      } else {
        int start = i;
        while (i < text.length() && !URLEncoder.isSafe(text.charAt(i)) && text.charAt(i) != ' ') i++;
        byte[] bytes = text.substring(start, i).getBytes(charset);
        for (int b = 0; b < bytes.length; b++) {
          out.append('%');
          out.append(Character.toUpperCase(Character.forDigit((bytes[b] >> 4) & 15, 16)));
          out.append(Character.toUpperCase(Character.forDigit(bytes[b] & 15, 16)));
        }
      }
    }
    return out.toString();
  }

  public static String encode(String text, String charsetName) throws UnsupportedEncodingException {
    return URLEncoder.encode(text, URLDecoder.charsetNamed(charsetName));
  }

  public static String encode(String text) {
    return URLEncoder.encode(text, Charset.defaultCharset());
  }

  static boolean isSafe(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '-' || c == '*' || c == '_';
  }
}

public class URLDecoder {
  // '+' is a space; runs of %XX are bytes decoded together in the charset; anything else stays.
  public static String decode(String text, Charset charset) {
    StringBuilder out = new StringBuilder();
    int length = text.length();
    int i = 0;
    while (i < length) {
      char c = text.charAt(i);
      if (c == '+') {
        out.append(' ');
        i++;
      } else if (c == '%') {
        byte[] bytes = new byte[(length - i) / 3];
        int count = 0;
        while (i + 2 < length && c == '%') {
          int value = URLDecoder.hexValue(text, i + 1);
          if (value < 0) {
            throw new IllegalArgumentException("URLDecoder: Illegal hex characters in escape (%) pattern - negative value");
          }
          bytes[count++] = (byte) value;
          i += 3;
          if (i < length) c = text.charAt(i);
        }
        if (i < length && c == '%') throw new IllegalArgumentException("URLDecoder: Incomplete trailing escape (%) pattern");
        out.append(new String(bytes, 0, count, charset));
      } else {
        out.append(c);
        i++;
      }
    }
    return out.toString();
  }

  public static String decode(String text, String charsetName) throws UnsupportedEncodingException {
    return URLDecoder.decode(text, URLDecoder.charsetNamed(charsetName));
  }

  public static String decode(String text) {
    return URLDecoder.decode(text, Charset.defaultCharset());
  }

  // The two characters at `at` as Integer.parseInt(text, at, at + 2, 16) reads them (a sign is allowed).
  private static int hexValue(String text, int at) {
    String digits = text.substring(at, at + 2);
    try {
      return Integer.parseInt(digits, 16);
    } catch (NumberFormatException e) {
      // The first character that is not a digit (after a sign), as the JDK's parser reports it.
      int bad = digits.charAt(0) == '-' || digits.charAt(0) == '+' ? 1 : 0;
      while (bad < 1 && Character.digit(digits.charAt(bad), 16) >= 0) bad++;
      throw new IllegalArgumentException(
          "URLDecoder: Illegal hex characters in escape (%) pattern - Error at index " + bad + " in: \"" + digits + "\"");
    }
  }

  static Charset charsetNamed(String charsetName) throws UnsupportedEncodingException {
    if (charsetName == null) throw new NullPointerException("charsetName");
    try {
      return Charset.forName(charsetName);
    } catch (IllegalArgumentException e) {
      throw new UnsupportedEncodingException(charsetName);
    }
  }
}
