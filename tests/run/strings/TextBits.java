// StringBuilder editing, String searching and splitting, Character classes, radix parsing and printing.
import java.util.*;

public class TextBits {
  public static void main(String[] args) {
    StringBuilder sb = new StringBuilder("hello world");
    sb.insert(0, 42).insert(2, '-').append(3.5f).append(true).append((Object) null).append(new char[]{'x', 'y'});
    System.out.println(sb + " " + sb.length());
    sb.reverse();
    System.out.println(sb);
    sb.setCharAt(0, 'Z');
    sb.deleteCharAt(1).delete(2, 5).replace(0, 3, "ABCDE");
    System.out.println(sb + " " + sb.indexOf("o") + " " + sb.lastIndexOf("o") + " " + sb.charAt(3));
    sb.setLength(4);
    System.out.println("[" + sb + "]" + sb.capacity() / 1000);
    String s = "  The quick, brown fox; jumps over the lazy dog.  ";
    System.out.println(Arrays.toString(s.trim().split("[,; .]+")));
    System.out.println(Arrays.toString("a,b,,c,,".split(",")));
    System.out.println(Arrays.toString("a,b,,c,,".split(",", -1)));
    System.out.println(Arrays.toString("a,b,,c,,".split(",", 2)));
    System.out.println(Arrays.toString("".split(",")) + " " + "".split(",").length);
    System.out.println(s.strip() + "|" + s.stripLeading() + "|" + s.stripTrailing() + "|" + "  ".isBlank());
    System.out.println(String.join("/", "a", "b", "c") + " " + String.join("-", List.of("x", "y")) + " " + "ab".repeat(3));
    System.out.println(s.indexOf('o') + " " + s.indexOf('o', 20) + " " + s.lastIndexOf("o") + " " + s.contains("fox") + " " + s.replace("o", "0"));
    System.out.println("Hello".compareTo("Help") + " " + "a".compareToIgnoreCase("B") + " " + "abc".equalsIgnoreCase("ABC") + " " + "Straße".toUpperCase());
    System.out.println("x".compareTo("xyz") + " " + "hello".regionMatches(true, 1, "ELL", 0, 3) + " " + "banana".replaceAll("a(n)?", "<$1>") + " " + "banana".replaceFirst("an", "AN"));
    System.out.println("abc".chars().sum() + " " + "tacocat".chars().filter(c -> c == 'c').count() + " " + String.valueOf(new char[]{'q', 'r'}, 1, 1));
    for (char c : new char[]{'a', 'Z', '5', ' ', '\t', '_', '$', 'é', 'Ω', '\u2028'}) {
      System.out.println((int) c + " " + Character.isLetter(c) + Character.isDigit(c) + Character.isLetterOrDigit(c) + Character.isWhitespace(c) + Character.isUpperCase(c) + Character.isJavaIdentifierStart(c) + Character.isJavaIdentifierPart(c) + Character.isSpaceChar(c) + " " + Character.toUpperCase(c) + Character.toLowerCase(c) + " " + Character.getNumericValue(c) + " " + Character.digit(c, 36));
    }
    System.out.println(Integer.toBinaryString(-5) + " " + Integer.toHexString(255) + " " + Integer.toOctalString(-1) + " " + Integer.toString(-255, 16) + " " + Integer.toString(1295, 36));
    System.out.println(Long.toBinaryString(5L) + " " + Long.toHexString(-1L) + " " + Long.toString(Long.MIN_VALUE, 7) + " " + Integer.toUnsignedString(-1) + " " + Long.toUnsignedString(-1L));
    System.out.println(Integer.parseInt("-ff", 16) + " " + Integer.parseInt("+123") + " " + Long.parseLong("zz", 36) + " " + Integer.parseUnsignedInt("4294967295") + " " + Integer.valueOf("0777".substring(1), 8));
    for (String bad : new String[]{"", "-", "12a", "2147483648", " 1", "0x10"}) {
      try { System.out.println(Integer.parseInt(bad)); } catch (NumberFormatException e) { System.out.println(e.getMessage()); }
    }
    try { Long.parseLong("99999999999999999999"); } catch (NumberFormatException e) { System.out.println(e.getMessage()); }
    try { Integer.parseInt("1", 99); } catch (NumberFormatException e) { System.out.println(e.getMessage()); }
    System.out.println(Integer.decode("0x1F") + " " + Integer.decode("-#10") + " " + Integer.decode("010") + " " + Long.decode("-0X7fffffffffffffff"));
    System.out.println(Integer.reverse(1) + " " + Integer.highestOneBit(100) + " " + Integer.numberOfLeadingZeros(0) + " " + Long.bitCount(-1L) + " " + Integer.rotateLeft(0x80000001, 1) + " " + Short.reverseBytes((short) 0x1234));
    System.out.println(Character.toChars(0x1F600).length + " " + "a\uD83D\uDE00b".codePointAt(1) + " " + "a\uD83D\uDE00b".codePointCount(0, 4) + " " + new StringBuilder("a\uD83D\uDE00b").reverse().codePointAt(1) + " " + Character.isSurrogate('\uD83D'));
    System.out.println(String.valueOf((Object) null) + " " + "abc".hashCode() + " " + "".hashCode() + " " + "x".concat("y") + " " + "Mississippi".indexOf("ss", 3) + " " + "aaa".lastIndexOf("aa"));
  }
}
