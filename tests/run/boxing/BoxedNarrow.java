// Boxed bytes and shorts are Byte and Short objects, not Integers: instanceof, getClass, equals,
// casts and the Formatter tell them apart, as on the JVM.
public class BoxedNarrow {
  static String kind(Object o) {
    if (o instanceof Byte) return "Byte";
    if (o instanceof Short) return "Short";
    if (o instanceof Integer) return "Integer";
    if (o instanceof Long) return "Long";
    return o == null ? "null" : "other";
  }
  static int sum(Object[] values) {
    int total = 0;
    for (Object v : values) {
      if (v instanceof Byte) total += (Byte) v;
      else if (v instanceof Short) total += ((Short) v).intValue() * 2;
      else if (v instanceof Integer) total += ((Integer) v) * 3;
    }
    return total;
  }
  public static void main(String[] args) {
    byte b = -7; short s = 1234; int i = -7;
    Object ob = b, os = s, oi = i, obig = 100000;
    System.out.println(kind(ob) + " " + kind(os) + " " + kind(oi) + " " + kind(obig) + " " + kind(5L) + " " + kind(null));
    System.out.println(ob.getClass().getName() + " " + os.getClass().getName() + " " + oi.getClass().getName());
    System.out.println(ob.equals(oi) + " " + oi.equals(ob) + " " + ob.equals(Byte.valueOf((byte) -7)) + " " + os.equals(Short.valueOf((short) 1234)));
    System.out.println(ob.hashCode() + " " + os.hashCode() + " " + ob + " " + os + " " + ob.toString().length());
    Byte bb = b; Short ss = s;
    System.out.println(bb.byteValue() + ss.shortValue() + bb.intValue() + " " + ss.longValue() + " " + bb.doubleValue() + " " + ss.floatValue());
    System.out.println(bb.compareTo((byte) 7) + " " + ss.compareTo((short) 3) + " " + Byte.compare((byte) 1, (byte) -1) + " " + Short.compare((short) -5, (short) 5));
    System.out.println(Byte.toUnsignedInt(b) + " " + Short.toUnsignedInt((short) -1) + " " + Byte.toString((byte) 12) + " " + Short.toString((short) -300));
    System.out.println(Byte.hashCode((byte) 3) + " " + Short.hashCode((short) -3) + " " + Byte.valueOf("42") + " " + Short.valueOf("-42"));
    Object[] values = { (byte) 1, (short) 2, 3, (byte) 4, 5L };
    System.out.println(sum(values));
    Object same = (byte) 5;
    Object other = (byte) 5;
    System.out.println((same == other) + " " + same.equals(other) + " " + same.equals(5) + " " + Integer.valueOf(5).equals(same));
    try {
      Integer wrong = (Integer) ob;
      System.out.println("no exception " + wrong);
    } catch (ClassCastException e) {
      System.out.println("ClassCastException");
    }
    try {
      Byte wrong = (Byte) oi;
      System.out.println("no exception " + wrong);
    } catch (ClassCastException e) {
      System.out.println("ClassCastException");
    }
    StringBuilder text = new StringBuilder();
    text.append((Object) bb).append(',').append((Object) ss);
    System.out.println(text + " " + String.valueOf((Object) bb) + " " + ("" + bb + ss));
    System.out.println(String.format("%d %d %s", bb, ss, bb));
    System.out.println(String.format("%x %x %o %c %d %X", (byte) -1, (short) -2, (byte) 8, (byte) 65, (short) -9, (short) 255));
    Comparable<Byte> cb = bb;
    System.out.println(cb.compareTo((byte) -8) + " " + (ob instanceof Comparable) + " " + (os instanceof java.io.Serializable));
  }
}
