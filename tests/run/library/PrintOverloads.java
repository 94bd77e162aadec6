// PrintStream's overloads (char arrays print as text, printf and format), StringBuilder and String
// subSequence, Character's code-point helpers, and number printing and parsing.
public class PrintOverloads {
  public static void main(String[] args) {
    char[] cs = {'h', 'i'};
    System.out.println(cs);
    System.out.print(cs); System.out.print(' '); System.out.print(1.5f); System.out.print(' '); System.out.print(2L); System.out.print(true); System.out.print((Object) null); System.out.print(3.25); System.out.println();
    System.out.printf("%s=%d%n", "x", 5);
    System.out.format("%08.3f|%+d|%x%n", -3.14159, 7, 255);
    System.out.println((Object) "obj");
    System.out.println(Long.parseLong("-9223372036854775808") + " " + Long.toString(255, 2) + " " + Integer.toString(-255, 36) + " " + Integer.parseInt("zz", 36) + " " + Long.toHexString(-1L) + " " + Long.toBinaryString(5));
    System.out.println(Integer.valueOf(77).getClass() + " " + "s".getClass().getName() + " " + new int[0].getClass().getName() + " " + new String[0].getClass().getSimpleName() + " " + int.class.getName());
    System.out.println(String.valueOf(3.0f) + String.valueOf(true) + String.valueOf('c') + String.valueOf(10L) + "a,b;c".split("[,;]").length + "x1y22z".split("\\d+").length);
    System.out.println("a.b.c".split("\\.").length + " " + "  a b  ".split(" ").length + " " + "".split(",").length + " " + ",a,".split(",").length);
    StringBuilder sb = new StringBuilder();
    sb.append(1).append('a').append(2.5).append(3L).append(true).append((Object) null).append(new char[]{'x', 'y'}).append("str", 1, 3);
    System.out.println(sb + " " + sb.lastIndexOf("a") + " " + sb.substring(2));
    System.out.println(Character.getNumericValue('7') + " " + Character.isLetterOrDigit('_') + " " + Character.isUpperCase('Q') + " " + Character.toChars(65)[0] + " " + (int) Character.MAX_VALUE + " " + Character.digit('f', 16));
    System.out.println(Double.parseDouble("1e3") + " " + Double.toString(1e21) + " " + Double.isNaN(0.0 / 0) + " " + Double.isInfinite(1 / 0.0) + " " + Float.parseFloat("3.4028235e38") + " " + (float) 1e40 + " " + Double.MIN_VALUE);
    System.out.println(Math.max(1L, 2) + " " + Math.min(-0.0, 0.0) + " " + Math.signum(-3.0) + " " + Math.floor(-1.5) + " " + Math.rint(2.5) + " " + Math.cbrt(27) + " " + Math.log10(1000) + " " + Math.exp(1) + " " + Math.toDegrees(Math.PI) + " " + Math.atan2(1, 1));
    char[] none = null;
    System.out.println(Character.toString(128512) + " " + Character.toChars(0x1F600).length + " " + Character.isValidCodePoint(-1) + " " + "ab".subSequence(0, 1) + " " + new StringBuilder("xyz").subSequence(1, 3));
    CharSequence seq = "hello";
    System.out.println(seq.length() + " " + seq.charAt(1) + " " + seq.subSequence(1, 3) + " " + seq.isEmpty());
    try { Character.toChars(0x110000); } catch (IllegalArgumentException e) { System.out.println(e.getMessage()); }
    System.out.flush();
    try { System.out.println(none); } catch (NullPointerException e) { System.out.println("NPE"); }
  }
}
