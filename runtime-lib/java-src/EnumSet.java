// Kiln's runtime library: java.util.EnumSet, in Java; translate.sh turns it into runtime-lib/java.util.collections.ir.
// A TreeSet: enums compare by their position, which is the order the JDK's EnumSet iterates in. Not
// here: allOf, complementOf and range, which need the constants of an enum class from its Class.
package java.util;

public class EnumSet<E> extends TreeSet<E> {
  EnumSet() {
    super();
  }

  public static EnumSet noneOf(Class elementType) {
    if (elementType == null) throw new NullPointerException();
    return new EnumSet();
  }

  public static EnumSet of(Enum first) {
    EnumSet set = new EnumSet();
    set.add(first);
    return set;
  }

  public static EnumSet of(Enum first, Enum second) {
    EnumSet set = of(first);
    set.add(second);
    return set;
  }

  public static EnumSet of(Enum first, Enum second, Enum third) {
    EnumSet set = of(first, second);
    set.add(third);
    return set;
  }

  public static EnumSet of(Enum first, Enum second, Enum third, Enum fourth) {
    EnumSet set = of(first, second, third);
    set.add(fourth);
    return set;
  }

  public static EnumSet of(Enum first, Enum second, Enum third, Enum fourth, Enum fifth) {
    EnumSet set = of(first, second, third, fourth);
    set.add(fifth);
    return set;
  }

  public static EnumSet of(Enum first, Enum... rest) {
    EnumSet set = of(first);
    for (int i = 0; i < rest.length; i++) set.add(rest[i]);
    return set;
  }

  public static EnumSet copyOf(Collection values) {
    EnumSet set = new EnumSet();
    Iterator it = values.iterator();
    while (it.hasNext()) set.add(it.next());
    return set;
  }
}
