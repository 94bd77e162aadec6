// Kiln's runtime library: java.util.EnumSet, in Java; translate.sh turns it into runtime-lib/java.util.collections.ir.
// A TreeSet: enums compare by their position, which is the order the JDK's EnumSet iterates in. The set
// keeps its element type, as the JDK's does, so that allOf, complementOf and range can ask the enum
// class for its constants (Class.getEnumConstants).
package java.util;

public class EnumSet<E> extends TreeSet<E> {
  private final Class elementType;

  EnumSet(Class elementType) {
    super();
    this.elementType = elementType;
  }

  EnumSet(Class elementType, TreeMap<E, Object> map) {
    super(map);
    this.elementType = elementType;
  }

  private static Enum[] universe(Class elementType) {
    Object[] constants = elementType.getEnumConstants();
    if (constants == null) throw new ClassCastException(elementType + " not an enum");
    Enum[] result = new Enum[constants.length];
    System.arraycopy(constants, 0, result, 0, constants.length);
    return result;
  }

  public static EnumSet noneOf(Class elementType) {
    universe(elementType);
    return new EnumSet(elementType);
  }

  public static EnumSet allOf(Class elementType) {
    EnumSet set = new EnumSet(elementType);
    Enum[] constants = universe(elementType);
    for (int i = 0; i < constants.length; i++) set.add(constants[i]);
    return set;
  }

  public static EnumSet complementOf(EnumSet other) {
    EnumSet set = new EnumSet(other.elementType);
    Enum[] constants = universe(other.elementType);
    for (int i = 0; i < constants.length; i++) {
      if (!other.contains(constants[i])) set.add(constants[i]);
    }
    return set;
  }

  public static EnumSet range(Enum from, Enum to) {
    if (from.compareTo(to) > 0) throw new IllegalArgumentException(from + " > " + to);
    EnumSet set = new EnumSet(from.getDeclaringClass());
    Enum[] constants = universe(from.getDeclaringClass());
    for (int i = from.ordinal(); i <= to.ordinal(); i++) set.add(constants[i]);
    return set;
  }

  public static EnumSet of(Enum first) {
    EnumSet set = new EnumSet(first.getDeclaringClass());
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

  public static EnumSet copyOf(EnumSet other) {
    return (EnumSet) other.clone();
  }

  public static EnumSet copyOf(Collection values) {
    if (values instanceof EnumSet) return (EnumSet) ((EnumSet) values).clone();
    Iterator it = values.iterator();
    if (!it.hasNext()) throw new IllegalArgumentException("Collection is empty");
    Enum first = (Enum) it.next();
    EnumSet set = of(first);
    while (it.hasNext()) set.add(it.next());
    return set;
  }

  public Object clone() {
    return new EnumSet<E>(elementType, (TreeMap<E, Object>) tree().clone());
  }
}
