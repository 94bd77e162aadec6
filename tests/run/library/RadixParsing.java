// Integer, Long, Short and Byte parsing with a radix outside 2..36 and with null: the JDK's messages, in its order.
public class RadixParsing {
  public static void main(String[] a) {
    String[] calls = {"int", "long", "uint", "ulong", "short", "byte", "valueOf"};
    for (int radix : new int[]{1, 37}) for (String c : calls) {
      try {
        switch (c) {
          case "int": Integer.parseInt("1", radix); break;
          case "long": Long.parseLong("1", radix); break;
          case "uint": Integer.parseUnsignedInt("1", radix); break;
          case "ulong": Long.parseUnsignedLong("1", radix); break;
          case "short": Short.parseShort("1", radix); break;
          case "byte": Byte.parseByte("1", radix); break;
          default: Integer.valueOf("1", radix);
        }
        System.out.println(c + " ok");
      } catch (NumberFormatException e) { System.out.println(c + " " + e.getMessage()); }
    }
    try { Integer.parseInt(null); } catch (NumberFormatException e) { System.out.println(e.getMessage()); }
    try { Long.parseLong(null, 40); } catch (NumberFormatException e) { System.out.println(e.getMessage()); }
    try { Integer.parseInt(null, 40); } catch (NumberFormatException e) { System.out.println(e.getMessage()); }
    try { Long.parseUnsignedLong(null); } catch (NumberFormatException e) { System.out.println(e.getMessage()); }
    try { Short.parseShort(null); } catch (NumberFormatException e) { System.out.println(e.getMessage()); }
    System.out.println(Character.digit('a', 40) + " " + Character.forDigit(5, 40) + " " + Integer.toString(255, 40) + " " + Long.toString(255, 1) + " " + Integer.toUnsignedString(255, 99));
  }
}
