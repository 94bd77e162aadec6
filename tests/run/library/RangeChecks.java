import java.util.*;
public class RangeChecks {
    interface Action { void run(); }
    static void attempt(String name, Action action) {
        try { action.run(); System.out.println(name + ": ok"); } catch (RuntimeException e) { System.out.println(name + ": " + e); }
    }
    public static void main(String[] args) {
        int[] a = {5, 3, 1};
        attempt("fill", () -> Arrays.fill(a, 1, 5, 0));
        attempt("fill rev", () -> Arrays.fill(a, 2, 1, 0));
        attempt("sort", () -> Arrays.sort(a, 0, 4));
        attempt("sort neg", () -> Arrays.sort(a, -1, 2));
        attempt("sort rev", () -> Arrays.sort(new String[]{"b", "a"}, 2, 1));
        attempt("copyOfRange", () -> Arrays.copyOfRange(a, 4, 5));
        attempt("copyOfRange rev", () -> Arrays.copyOfRange(a, 2, 1));
        attempt("copyOf neg", () -> Arrays.copyOf(a, -1));
        attempt("binarySearch", () -> Arrays.binarySearch(a, 0, 7, 3));
        attempt("append chars", () -> new StringBuilder().append(new char[]{'a'}, 0, 3));
        attempt("append seq", () -> new StringBuilder().append("abc", 2, 5));
        attempt("insert chars", () -> new StringBuilder("x").insert(0, new char[]{'a'}, 1, 2));
        attempt("str getChars", () -> "abc".getChars(0, 2, new char[1], 0));
        attempt("new String", () -> new String(new char[]{'a'}, 0, 2));
        attempt("new String bytes", () -> new String(new byte[]{65}, 0, 2));
        attempt("arraycopy neg", () -> System.arraycopy(a, -1, a, 0, 1));
        attempt("arraycopy type", () -> System.arraycopy(a, 0, new long[3], 0, 1));
        attempt("list subList", () -> new ArrayList<>(List.of(1, 2)).subList(2, 1));
        attempt("list addAll", () -> new ArrayList<>(List.of(1, 2)).addAll(3, List.of(4)));
        attempt("list removeRange", () -> new ArrayList<>(List.of(1, 2)).subList(0, 3).clear());
        attempt("toArray", () -> new ArrayList<>(List.of(1, 2)).toArray(new String[0]));
        attempt("string regionMatches", () -> System.out.println("abc".regionMatches(-1, "ab", 0, 2)));
        attempt("string indexOf", () -> System.out.println("abc".indexOf("c", -5) + " " + "abc".indexOf("c", 10) + " " + "abc".lastIndexOf("a", -1) + " " + "abc".lastIndexOf("a", 99)));
        attempt("string startsWith", () -> System.out.println("abc".startsWith("b", -1) + " " + "abc".startsWith("c", 2) + " " + "abc".startsWith("", 3) + " " + "abc".startsWith("", 4)));
        attempt("sb indexOf", () -> System.out.println(new StringBuilder("abc").indexOf("c", -5) + " " + new StringBuilder("abc").indexOf("c", 10)));
        attempt("chars", () -> System.out.println(String.valueOf(new char[0]) + "|" + new String(new char[0], 0, 0)));
        attempt("bitset", () -> new BitSet().set(-1));
        attempt("bitset range", () -> new BitSet().set(3, 1));
        attempt("deque", () -> new ArrayDeque<Integer>(-5).add(1));
        attempt("hashmap cap", () -> new HashMap<Integer, Integer>(-1));
        attempt("arraylist cap", () -> new ArrayList<Integer>(-1));
        attempt("random bound", () -> new Random(1).nextInt(0));
        attempt("collections nCopies", () -> Collections.nCopies(-1, "x"));
        attempt("char array index", () -> { char[] c = new char[2]; c[2] = 'x'; });
        attempt("long array neg", () -> { long[] c = new long[2]; System.out.println(c[-1]); });
        attempt("2d", () -> { int[][] m = new int[2][3]; m[1][3] = 1; });
        attempt("substring neg", () -> "abc".substring(-1, 2));
        attempt("repeat", () -> System.out.println("ab".repeat(0).length()));
    }
}
