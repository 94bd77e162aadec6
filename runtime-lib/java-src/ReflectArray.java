// Kiln's runtime library: java.lang.reflect.Array, in Java; translate.sh turns it into
// runtime-lib/java.util.collections.ir. The messages are the JDK's. An array made for a reference component
// type has that run-time type (Class.newArrayOfThisClass), so that `(String[]) Array.newInstance(...)` passes.
package java.lang.reflect;

public final class Array {
  public static Object newInstance(Class<?> componentType, int length) {
    return componentType.newArrayOfThisClass(length);
  }

  // Every dimension is checked before any array is made, as the JVM's multianewarray does.
  public static Object newInstance(Class<?> componentType, int... dimensions) {
    if (dimensions.length == 0) throw new IllegalArgumentException();
    if (componentType == void.class) throw new IllegalArgumentException();
    for (int i = 0; i < dimensions.length; i++) {
      if (dimensions[i] < 0) throw new NegativeArraySizeException(String.valueOf(dimensions[i]));
    }
    return Array.newRows(componentType, dimensions, 0);
  }

  private static Object newRows(Class<?> componentType, int[] dimensions, int level) {
    if (level == dimensions.length - 1) return Array.newInstance(componentType, dimensions[level]);
    Class<?> rowType = componentType;
    for (int i = level + 1; i < dimensions.length; i++) rowType = rowType.arrayType();
    Object rows = Array.newInstance(rowType, dimensions[level]);
    for (int i = 0; i < dimensions[level]; i++) Array.set(rows, i, Array.newRows(componentType, dimensions, level + 1));
    return rows;
  }

  public static int getLength(Object array) {
    if (array instanceof Object[]) return ((Object[]) array).length;
    if (array instanceof int[]) return ((int[]) array).length;
    if (array instanceof long[]) return ((long[]) array).length;
    if (array instanceof double[]) return ((double[]) array).length;
    if (array instanceof char[]) return ((char[]) array).length;
    if (array instanceof boolean[]) return ((boolean[]) array).length;
    if (array instanceof byte[]) return ((byte[]) array).length;
    if (array instanceof short[]) return ((short[]) array).length;
    if (array instanceof float[]) return ((float[]) array).length;
    throw Array.notAnArray(array);
  }

  // A null array is a NullPointerException, anything else that is not an array an IllegalArgumentException.
  private static IllegalArgumentException notAnArray(Object array) {
    if (array == null) throw new NullPointerException();
    return new IllegalArgumentException("Argument is not an array");
  }

  // The reflective accesses report a bad index without a message, unlike the array access of the language.
  private static void checkIndex(Object array, int index) {
    if (index < 0 || index >= Array.getLength(array)) throw new ArrayIndexOutOfBoundsException();
  }

  public static Object get(Object array, int index) {
    checkIndex(array, index);
    if (array instanceof Object[]) return ((Object[]) array)[index];
    if (array instanceof int[]) return ((int[]) array)[index];
    if (array instanceof long[]) return ((long[]) array)[index];
    if (array instanceof double[]) return ((double[]) array)[index];
    if (array instanceof char[]) return ((char[]) array)[index];
    if (array instanceof boolean[]) return ((boolean[]) array)[index];
    if (array instanceof byte[]) return ((byte[]) array)[index];
    if (array instanceof short[]) return ((short[]) array)[index];
    return ((float[]) array)[index];
  }

  // Reading a primitive element widens it to the asked type, as Java's assignment conversions do (byte to
  // short to int to long to float to double, char to int); writing widens the value to the element's type.
  public static int getInt(Object array, int index) {
    checkIndex(array, index);
    if (array instanceof int[]) return ((int[]) array)[index];
    if (array instanceof char[]) return ((char[]) array)[index];
    if (array instanceof byte[]) return ((byte[]) array)[index];
    if (array instanceof short[]) return ((short[]) array)[index];
    throw Array.mismatch(array);
  }

  public static long getLong(Object array, int index) {
    if (array instanceof long[]) {
      checkIndex(array, index);
      return ((long[]) array)[index];
    }
    return Array.getInt(array, index);
  }

  public static float getFloat(Object array, int index) {
    if (array instanceof float[]) {
      checkIndex(array, index);
      return ((float[]) array)[index];
    }
    return (float) Array.getLong(array, index);
  }

  public static double getDouble(Object array, int index) {
    if (array instanceof double[]) {
      checkIndex(array, index);
      return ((double[]) array)[index];
    }
    if (array instanceof float[]) {
      checkIndex(array, index);
      return ((float[]) array)[index];
    }
    return (double) Array.getLong(array, index);
  }

  public static boolean getBoolean(Object array, int index) {
    checkIndex(array, index);
    if (array instanceof boolean[]) return ((boolean[]) array)[index];
    throw Array.mismatch(array);
  }

  public static char getChar(Object array, int index) {
    checkIndex(array, index);
    if (array instanceof char[]) return ((char[]) array)[index];
    throw Array.mismatch(array);
  }

  public static byte getByte(Object array, int index) {
    checkIndex(array, index);
    if (array instanceof byte[]) return ((byte[]) array)[index];
    throw Array.mismatch(array);
  }

  public static short getShort(Object array, int index) {
    checkIndex(array, index);
    if (array instanceof short[]) return ((short[]) array)[index];
    if (array instanceof byte[]) return ((byte[]) array)[index];
    throw Array.mismatch(array);
  }

  // What an access of the wrong primitive type throws (the array is known to be an array: checkIndex ran).
  private static IllegalArgumentException mismatch(Object array) {
    if (array instanceof Object[]) return new IllegalArgumentException("Argument is not an array of primitive type");
    return new IllegalArgumentException("argument type mismatch");
  }

  // A boxed value is unboxed and widened to the element type; a reference array takes any reference.
  public static void set(Object array, int index, Object value) {
    if (array instanceof Object[]) {
      checkIndex(array, index);
      Object[] references = (Object[]) array;
      Class<?> component = references.getClass().getComponentType();
      if (value != null && !component.isInstance(value)) throw new IllegalArgumentException("array element type mismatch");
      references[index] = value;
      return;
    }
    Array.getLength(array);
    if (value instanceof Integer) {
      Array.setInt(array, index, (Integer) value);
    } else if (value instanceof Long) {
      Array.setLong(array, index, (Long) value);
    } else if (value instanceof Double) {
      Array.setDouble(array, index, (Double) value);
    } else if (value instanceof Float) {
      Array.setFloat(array, index, (Float) value);
    } else if (value instanceof Character) {
      Array.setChar(array, index, (Character) value);
    } else if (value instanceof Byte) {
      Array.setByte(array, index, (Byte) value);
    } else if (value instanceof Short) {
      Array.setShort(array, index, (Short) value);
    } else if (value instanceof Boolean) {
      Array.setBoolean(array, index, (Boolean) value);
    } else {
      throw new IllegalArgumentException("argument type mismatch");
    }
  }

  public static void setInt(Object array, int index, int value) {
    checkIndex(array, index);
    if (array instanceof int[]) {
      ((int[]) array)[index] = value;
    } else {
      Array.setLong(array, index, value);
    }
  }

  public static void setLong(Object array, int index, long value) {
    checkIndex(array, index);
    if (array instanceof long[]) {
      ((long[]) array)[index] = value;
    } else if (array instanceof float[]) {
      ((float[]) array)[index] = (float) value;
    } else if (array instanceof double[]) {
      ((double[]) array)[index] = (double) value;
    } else {
      throw Array.mismatch(array);
    }
  }

  public static void setFloat(Object array, int index, float value) {
    checkIndex(array, index);
    if (array instanceof float[]) {
      ((float[]) array)[index] = value;
    } else if (array instanceof double[]) {
      ((double[]) array)[index] = value;
    } else {
      throw Array.mismatch(array);
    }
  }

  public static void setDouble(Object array, int index, double value) {
    checkIndex(array, index);
    if (array instanceof double[]) {
      ((double[]) array)[index] = value;
    } else {
      throw Array.mismatch(array);
    }
  }

  public static void setChar(Object array, int index, char value) {
    checkIndex(array, index);
    if (array instanceof char[]) {
      ((char[]) array)[index] = value;
    } else {
      Array.setInt(array, index, value);
    }
  }

  public static void setByte(Object array, int index, byte value) {
    checkIndex(array, index);
    if (array instanceof byte[]) {
      ((byte[]) array)[index] = value;
    } else {
      Array.setShort(array, index, value);
    }
  }

  public static void setShort(Object array, int index, short value) {
    checkIndex(array, index);
    if (array instanceof short[]) {
      ((short[]) array)[index] = value;
    } else {
      Array.setInt(array, index, value);
    }
  }

  public static void setBoolean(Object array, int index, boolean value) {
    checkIndex(array, index);
    if (array instanceof boolean[]) {
      ((boolean[]) array)[index] = value;
    } else {
      throw Array.mismatch(array);
    }
  }
}
