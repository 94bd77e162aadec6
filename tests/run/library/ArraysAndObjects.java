import java.util.Arrays;
import java.util.Comparator;
import java.util.Objects;

// java.util.Arrays' range fills and sorts, the remaining element types, binary searches and deep
// comparison, and java.util.Objects' hash, toString, nonNull, requireNonNullElse, compare and checkIndex.
public class ArraysAndObjects {
  static final class Pair {
    final String name;
    final int value;
    Pair(String name, int value) { this.name = name; this.value = value; }
    @Override public int hashCode() { return Objects.hash(name, value); }
    @Override public boolean equals(Object o) { return o instanceof Pair && ((Pair) o).name.equals(name) && ((Pair) o).value == value; }
  }

  public static void main(String[] args) {
    long[] longs = new long[8];
    Arrays.fill(longs, 2, 5, 7L);
    double[] doubles = {5.5, -1.0, 3.25, 0.0, -0.0, 9.0};
    Arrays.sort(doubles, 1, 5);
    char[] chars = "zyxwvu".toCharArray();
    Arrays.sort(chars, 2, 6);
    Arrays.fill(chars, 0, 1, '#');
    System.out.println(Arrays.toString(longs) + " " + Arrays.toString(doubles) + " " + new String(chars));
    byte[] bytes = {5, -3, 127, -128, 0};
    short[] shorts = {300, -2, 7};
    float[] floats = {2.5f, -0.5f, Float.NaN, 1.0f};
    Arrays.sort(bytes);
    Arrays.sort(shorts);
    Arrays.sort(floats);
    System.out.println(Arrays.toString(bytes) + " " + Arrays.toString(shorts) + " " + Arrays.toString(floats));
    System.out.println(Arrays.toString(Arrays.copyOf(bytes, 7)) + " " + Arrays.toString(Arrays.copyOfRange(floats, 1, 3)) + " " + Arrays.toString(Arrays.copyOfRange(new boolean[]{true, false, true}, 1, 5)));
    String[] words = {"kiwi", "apple", "fig", "banana", "cherry"};
    Arrays.sort(words, 1, 4);
    System.out.println(Arrays.toString(words));
    Arrays.sort(words, 0, 5, Comparator.reverseOrder());
    System.out.println(Arrays.toString(words) + " " + Arrays.binarySearch(words, "cherry", Comparator.reverseOrder()));
    Object[] filled = new Object[4];
    Arrays.fill(filled, 1, 3, "x");
    System.out.println(Arrays.toString(filled) + " " + Arrays.toString(Arrays.copyOfRange(words, 3, 6)));
    char[] sortedChars = "acegik".toCharArray();
    double[] sortedDoubles = {-2.0, 0.5, 3.0};
    System.out.println(Arrays.binarySearch(sortedChars, 'g') + " " + Arrays.binarySearch(sortedChars, 'h') + " " + Arrays.binarySearch(sortedDoubles, 0.5) + " " + Arrays.binarySearch(sortedDoubles, 4.0));
    System.out.println(Arrays.hashCode(new boolean[]{true, false}) + " " + Arrays.hashCode(bytes) + " " + Arrays.hashCode(shorts) + " " + Arrays.hashCode(floats) + " " + Arrays.equals(shorts, new short[]{-2, 7, 300}) + " " + Arrays.equals(floats, floats.clone()));
    int[][] grid = {{1, 2}, {3, 4}};
    int[][] same = {{1, 2}, {3, 4}};
    Object[] nested = {new int[]{1}, new String[]{"a", "b"}, "s", null};
    Object[] nestedSame = {new int[]{1}, new String[]{"a", "b"}, "s", null};
    System.out.println(Arrays.deepEquals(grid, same) + " " + Arrays.equals(grid, same) + " " + Arrays.deepEquals(nested, nestedSame) + " " + (Arrays.deepHashCode(grid) == Arrays.deepHashCode(same)) + " " + Arrays.deepHashCode(nested));
    System.out.println(Objects.hash("a", 1, 2.5) + " " + Objects.hash() + " " + new Pair("p", 3).hashCode() + " " + new Pair("p", 3).equals(new Pair("p", 3)));
    System.out.println(Objects.toString(null, "fallback") + " " + Objects.toString(42, "fallback") + " " + Objects.nonNull(null) + " " + Objects.requireNonNullElse(null, "else") + " " + Objects.compare("a", "b", Comparator.reverseOrder()) + " " + Objects.deepEquals(grid, same) + " " + Objects.checkIndex(2, 3));
    try { Arrays.fill(longs, 5, 2, 0L); } catch (IllegalArgumentException e) { System.out.println(e.getMessage()); }
    try { Arrays.sort(doubles, 0, 9); } catch (ArrayIndexOutOfBoundsException e) { System.out.println(e.getMessage()); }
    try { Objects.checkIndex(3, 3); } catch (IndexOutOfBoundsException e) { System.out.println(e.getMessage()); }
    try { Arrays.copyOfRange(bytes, 3, 1); } catch (IllegalArgumentException e) { System.out.println(e.getMessage()); }
  }
}
