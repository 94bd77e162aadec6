// Kiln's runtime library: java.util.EnumMap, in Java; translate.sh turns it into runtime-lib/java.util.collections.ir.
// A TreeMap: enums compare by their position, which is the order the JDK's EnumMap iterates in.
package java.util;

public class EnumMap<K, V> extends TreeMap<K, V> {
  public EnumMap(Class keyType) {
    super();
    if (keyType == null) throw new NullPointerException();
  }

  public EnumMap(Map<K, V> other) {
    super(other);
  }

  public Object clone() {
    return new EnumMap<K, V>(this);
  }
}
