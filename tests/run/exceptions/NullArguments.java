// Null arguments to the library throw NullPointerException, as on the JVM, where Kiln's runtime library
// trapped: collection constructors and bulk operations, String methods, StringBuilder, Collections,
// unboxing a null Character, a string switch on null; and the operations that accept null.
import java.util.*;
public class NullArguments {
    interface Action { void run() throws Exception; }
    static void attempt(String label, Action a) {
        try { a.run(); System.out.println(label + ": ok"); }
        catch (Exception e) { System.out.println(label + ": " + e.getClass().getSimpleName()); }
    }
    public static void main(String[] args) {
        List<String> nullList = null;
        Map<String, Integer> nullMap = null;
        String ns = null;
        attempt("ArrayList(null)", () -> new ArrayList<String>(nullList));
        attempt("HashSet(null)", () -> new HashSet<String>(nullList));
        attempt("LinkedList(null)", () -> new LinkedList<String>(nullList));
        attempt("ArrayDeque(null)", () -> new ArrayDeque<String>(nullList));
        attempt("HashMap(null)", () -> new HashMap<String, Integer>(nullMap));
        attempt("TreeMap(null map)", () -> new TreeMap<String, Integer>(nullMap));
        attempt("addAll(null)", () -> new ArrayList<String>().addAll(nullList));
        attempt("putAll(null)", () -> new HashMap<String, Integer>().putAll(nullMap));
        attempt("removeAll(null)", () -> new ArrayList<String>(List.of("a")).removeAll(nullList));
        attempt("containsAll(null)", () -> new ArrayList<String>().containsAll(nullList));
        attempt("Collections.sort(null)", () -> Collections.sort(nullList));
        attempt("contains(null)", () -> "abc".contains(ns));
        attempt("indexOf(null)", () -> "abc".indexOf(ns));
        attempt("startsWith(null)", () -> "abc".startsWith(ns));
        attempt("equals(null)", () -> System.out.print("abc".equals(ns) + " "));
        attempt("compareTo(null)", () -> "abc".compareTo(ns));
        attempt("split(null)", () -> "abc".split(ns));
        attempt("replace(null)", () -> "abc".replace(ns, "x"));
        attempt("String.join(null)", () -> String.join(",", nullList));
        attempt("String.valueOf(null char[])", () -> String.valueOf((char[]) null));
        attempt("sb.append(null)", () -> new StringBuilder().append(ns).append((Object) null));
        attempt("List.of(null)", () -> List.of(ns));
        attempt("Map.of null", () -> Map.of("a", (Integer) null));
        attempt("TreeMap.put(null)", () -> new TreeMap<String, Integer>().put(ns, 1));
        attempt("HashMap.put(null)", () -> new HashMap<String, Integer>().put(ns, 1));
        attempt("TreeSet.add(null)", () -> new TreeSet<String>().add(ns));
        attempt("Integer.parseInt(null)", () -> Integer.parseInt(ns));
        attempt("Double.parseDouble(null)", () -> Double.parseDouble(ns));
        attempt("Objects.requireNonNull", () -> Objects.requireNonNull(ns));
        attempt("Optional.of(null)", () -> Optional.of(ns));
        attempt("Arrays.sort(null)", () -> Arrays.sort((int[]) null));
        attempt("Arrays.asList(null arr)", () -> Arrays.asList((String[]) null));
        attempt("list.sort(null cmp)", () -> new ArrayList<>(List.of("b", "a")).sort(null));
        attempt("stream map null", () -> List.of("a").stream().map(s -> (String) null).forEach(x -> x.length()));
        attempt("Collections.max(null)", () -> Collections.max(nullList));
        attempt("iterator of null", () -> { for (String s : nullList) {} });
        attempt("Integer compareTo null", () -> Integer.valueOf(1).compareTo(null));
        attempt("switch null", () -> { switch (ns) { case "a": break; default: break; } });
        attempt("string concat null", () -> System.out.print(ns + "x "));
        attempt("equalsIgnoreCase(null)", () -> System.out.print("a".equalsIgnoreCase(ns) + " "));
        attempt("StringBuilder(null)", () -> new StringBuilder(ns));
        attempt("String(null)", () -> new String((String) null));
        attempt("toCharArray null", () -> ns.toCharArray());
        attempt("HashMap.merge null fn", () -> new HashMap<String, Integer>().merge("a", 1, null));
        attempt("forEach null", () -> List.of(1).forEach(null));
        attempt("Character.isDigit", () -> Character.isDigit((Character) null));
    }
}
