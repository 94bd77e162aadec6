import java.util.*;

public class JdkMethodExtras {
  public static void main(String[] args) {
    System.out.println(Math.floorDiv(-7L, 2) + " " + Math.multiplyExact(3000000000L, 3) + " " + Math.incrementExact(5L) + " " + Math.negateExact(-9L) + " " + Math.multiplyFull(100000, 300000) + " " + Math.multiplyHigh(Long.MAX_VALUE, 12345678901L) + " " + Math.multiplyHigh(-5L, 7L));
    System.out.println(Math.getExponent(1024.0) + " " + Math.getExponent(0.1) + " " + Math.getExponent(3.0f) + " " + Math.getExponent(0.0));
    try { Math.incrementExact(Long.MAX_VALUE); } catch (ArithmeticException e) { System.out.println(e.getMessage()); }
    System.out.println(Character.isISOControl('\n') + " " + Character.isJavaIdentifierStart('$') + " " + Character.isJavaIdentifierPart('9') + " " + Character.isJavaIdentifierStart('9') + " " + Character.toTitleCase('a') + " " + Character.isTitleCase('A') + " " + Character.digit((int) 'f', 16) + " " + Character.getNumericValue((int) '7') + " " + (int) Character.reverseBytes('\u1234') + " " + Character.codePointAt("a\uD83D\uDE00", 1) + " " + Character.isSurrogatePair('\uD83D', '\uDE00'));
    System.out.println(Integer.decode("0x1F") + " " + Integer.decode("-#ff") + " " + Integer.decode("010") + " " + Integer.decode("0") + " " + Long.decode("-0X7fffffffffffffff") + " " + Long.valueOf("zz", 36) + " " + Integer.toUnsignedString(-1, 16) + " " + Long.parseUnsignedLong("18446744073709551615") + " " + Long.parseUnsignedLong("ff", 16));
    try { Integer.decode("0x"); } catch (NumberFormatException e) { System.out.println("NFE " + e.getMessage()); }
    try { Long.parseUnsignedLong("18446744073709551616"); } catch (NumberFormatException e) { System.out.println("NFE " + e.getMessage()); }
    System.out.println(Objects.requireNonNullElseGet(null, () -> "made") + " " + Objects.checkFromToIndex(1, 3, 5) + " " + Objects.checkFromIndexSize(2, 2, 4) + " " + Objects.checkIndex(3L, 4L));
    try { Objects.requireNonNull(null, () -> "custom message"); } catch (NullPointerException e) { System.out.println(e.getMessage()); }
    try { Objects.checkFromToIndex(3, 1, 5); } catch (IndexOutOfBoundsException e) { System.out.println(e.getMessage()); }
    System.out.println("[" + "  hi  ".stripLeading() + "][" + "  hi  ".stripTrailing() + "] " + "abc".transform(s -> s + "!") + " " + "a\uD83D\uDE00b".codePointCount(0, 4) + " " + "a\uD83D\uDE00".codePointBefore(3));
    System.out.print("one\ntwo\r\nthree".indent(2));
    System.out.print("    deep\n  shallow\n".indent(-3));
    char[] dst = new char[5];
    "hello".getChars(1, 4, dst, 1);
    System.out.println(Arrays.toString(dst) + " " + String.copyValueOf(new char[] {'x', 'y', 'z'}, 1, 2));
    StringBuilder sb = new StringBuilder("abc");
    sb.append(new char[] {'1', '2', '3'}, 1, 2).insert(0, new char[] {'<'}).insert(1, (CharSequence) "cs").insert(0, 1.5f);
    System.out.println(sb + " " + sb.lastIndexOf("c", 5));
    Random r = new Random(99);
    System.out.println(r.nextLong(1000L) + " " + r.nextLong(1L << 40) + " " + r.nextLong(-50L, 50L) + " " + r.nextDouble(10.0) + " " + r.nextDouble(5.0, 6.0));
  }
}
