// JDK 12-17 String methods (translateEscapes, stripIndent, indent, offsetByCodePoints), Character.isIdeographic,
// Collections.newSetFromMap and the unmodifiable sorted and navigable views, Random.longs.
import java.util.*;
import java.util.stream.*;

public class NewerApis {
    static void attempt(String what, Runnable action) {
        try { action.run(); System.out.println(what + ": ok"); } catch (RuntimeException e) { System.out.println(what + ": " + e); }
    }
    static String show(String s) {
        StringBuilder out = new StringBuilder("[");
        for (char c : s.toCharArray()) out.append(c == '\n' ? "\\n" : c == '\t' ? "\\t" : c < ' ' || c > '~' ? String.format("\\u%04x", (int) c) : String.valueOf(c));
        return out.append(']').toString();
    }
    public static void main(String[] args) {
        String[] escapes = {"a\\tb\\nc", "quote \\\" and \\' and \\\\", "octal \\101\\60\\0end \\377\\400", "space\\sx", "line \\\ncontinued", "cr \\\r\nnext", "\\b\\f\\r"};
        for (String e : escapes) System.out.println(show(e) + " -> " + show(e.translateEscapes()));
        attempt("bad escape", () -> "x\\qy".translateEscapes());
        try { "x\\".translateEscapes(); } catch (IllegalArgumentException e) { System.out.println("trailing backslash: " + e.getMessage().replace('\0', '@')); }
        String[] blocks = {"    a\n      b\n    c", "    a\n      b\n    c\n", "  x\n\n    y\n  ", "\tone\n\t\ttwo  \n", "", "   ", "no indent", "  a\r\n   b\r\n"};
        for (String b : blocks) System.out.println(show(b) + " stripIndent " + show(b.stripIndent()) + " indent(2) " + show(b.indent(2)) + " indent(-1) " + show(b.indent(-1)));
        String s = "a\uD83D\uDE00b\uD83D\uDE01c";
        for (int k = 0; k <= 5; k++) System.out.print(s.offsetByCodePoints(0, k) + " ");
        System.out.println(s.offsetByCodePoints(s.length(), -2) + " " + s.offsetByCodePoints(2, 1) + " " + s.offsetByCodePoints(2, -1));
        attempt("offset past the end", () -> s.offsetByCodePoints(0, 6));
        attempt("offset before the start", () -> s.offsetByCodePoints(1, -2));
        attempt("bad index", () -> s.offsetByCodePoints(9, 0));
        int[] cps = {'a', '中', '〆', '〇', 0x3400, 0x9FFC, 0x9FFD, 0x20000, 0x2A6DD, 0x2A6DE, 'ー', '々'};
        for (int cp : cps) System.out.print(Integer.toHexString(cp) + "=" + Character.isIdeographic(cp) + " ");
        System.out.println();
        Set<String> fromLinked = Collections.newSetFromMap(new LinkedHashMap<>());
        for (String w : "the cat saw the other cat".split(" ")) fromLinked.add(w);
        System.out.println(fromLinked + " " + fromLinked.contains("saw") + " " + fromLinked.remove("the") + " " + fromLinked.remove("dog") + " " + fromLinked);
        Set<Integer> fromTree = Collections.newSetFromMap(new TreeMap<>());
        fromTree.addAll(List.of(5, 1, 4, 1)); System.out.println(fromTree + " " + fromTree.size());
        attempt("newSetFromMap of a non-empty map", () -> Collections.newSetFromMap(new HashMap<>(Map.of("k", true))));
        TreeSet<Integer> base = new TreeSet<>(List.of(10, 20, 30, 40));
        NavigableSet<Integer> ro = Collections.unmodifiableNavigableSet(base);
        System.out.println(ro + " " + ro.first() + " " + ro.last() + " " + ro.floor(25) + " " + ro.higher(40) + " " + ro.headSet(30) + " " + ro.tailSet(20, false) + " " + ro.descendingSet());
        base.add(25); System.out.println("after add to the base: " + ro + " " + ro.subSet(15, 35));
        attempt("add through the view", () -> ro.add(5));
        attempt("pollFirst through the view", () -> ro.pollFirst());
        attempt("remove through a subset view", () -> ro.headSet(30).remove(10));
        attempt("iterator remove", () -> { Iterator<Integer> it = ro.iterator(); it.next(); it.remove(); });
        SortedSet<String> sorted = Collections.unmodifiableSortedSet(new TreeSet<>(List.of("pear", "apple", "fig")));
        System.out.println(sorted + " " + sorted.first() + " " + sorted.headSet("g") + " " + sorted.equals(Set.of("fig", "pear", "apple")) + " " + sorted.hashCode());
        TreeMap<String, Integer> tm = new TreeMap<>(Map.of("a", 1, "c", 3, "e", 5));
        NavigableMap<String, Integer> rom = Collections.unmodifiableNavigableMap(tm);
        System.out.println(rom + " " + rom.firstKey() + " " + rom.ceilingKey("b") + " " + rom.lowerEntry("c") + " " + rom.headMap("c", true) + " " + rom.descendingMap() + " " + rom.navigableKeySet() + " " + rom.descendingKeySet());
        attempt("put through the map view", () -> rom.put("z", 26));
        attempt("pollFirstEntry through the map view", () -> rom.pollFirstEntry());
        attempt("clear a tail view", () -> rom.tailMap("b").clear());
        SortedMap<String, Integer> rosm = Collections.unmodifiableSortedMap(tm);
        tm.put("b", 2); System.out.println(rosm + " " + rosm.subMap("b", "d") + " " + rosm.lastKey() + " " + rosm.get("b") + " " + rosm.equals(tm));
        System.out.println(new Random(11).longs(4).boxed().collect(Collectors.toList()));
        System.out.println(new Random(11).longs(5, -3, 3).boxed().collect(Collectors.toList()) + " " + new Random(11).longs(3, 0, 1L << 40).boxed().collect(Collectors.toList()));
        System.out.println(new Random(11).longs(3, Long.MIN_VALUE, Long.MAX_VALUE).boxed().collect(Collectors.toList()) + " " + new Random(5).longs(0, 1000).limit(3).sum());
        attempt("longs with a bad range", () -> new Random().longs(3, 5, 5));
        attempt("longs with a negative size", () -> new Random().longs(-1));
        System.out.println(Character.MAX_RADIX + " " + Character.MIN_RADIX + " " + Integer.toString(35, Character.MAX_RADIX));
    }
}
