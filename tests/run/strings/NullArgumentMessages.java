// A null argument to a String or StringBuilder method throws NullPointerException with the message the JDK's
// own code produces (its helpful messages name the JDK's parameters); StringBuilder.replace with null throws.
import java.util.function.Supplier;
public class NullArgumentMessages {
static void t(String label, Supplier<Object> s) { try { System.out.println(label + " = " + s.get()); } catch (RuntimeException e) { System.out.println(label + ": " + e); } }
public static void main(String[] a){ String n = null; StringBuilder sb = new StringBuilder("abc");
t("sb.replace", () -> sb.replace(0, 1, n)); t("sb.indexOf", () -> sb.indexOf(n)); t("sb.indexOf2", () -> sb.indexOf(n, 1)); t("sb.lastIndexOf", () -> sb.lastIndexOf(n)); t("sb.lastIndexOf2", () -> sb.lastIndexOf(n, 1)); t("sb.insert", () -> sb.insert(0, n)); t("sb.append", () -> new StringBuilder().append(n)); t("sb.compareTo", () -> sb.compareTo(null));
t("indexOf", () -> "abc".indexOf(n)); t("indexOf2", () -> "abc".indexOf(n, 1)); t("lastIndexOf", () -> "abc".lastIndexOf(n)); t("contains", () -> "abc".contains(n)); t("startsWith", () -> "abc".startsWith(n)); t("endsWith", () -> "abc".endsWith(n));
t("concat", () -> "abc".concat(n)); t("compareTo", () -> "abc".compareTo(n)); t("compareToIgnoreCase", () -> "abc".compareToIgnoreCase(n)); t("equalsIgnoreCase", () -> "abc".equalsIgnoreCase(n));
t("replace", () -> "abc".replace(n, "x")); t("replace2", () -> "abc".replace("a", n)); t("split", () -> "abc".split(n)); t("join", () -> String.join(n, "a", "b")); t("join2", () -> String.join(",", "a", n));
t("matches", () -> "abc".matches(n)); t("replaceAll", () -> "abc".replaceAll(n, "x")); t("valueOf", () -> String.valueOf((Object) null)); t("repeat", () -> n.repeat(2)); t("length", () -> n.length());

t("parseInt", () -> Integer.parseInt(n)); t("parseDouble", () -> Double.parseDouble(n)); t("valueOfInt", () -> Integer.valueOf(n)); t("parseLong", () -> Long.parseLong(n));
t("contentEquals", () -> "abc".contentEquals((CharSequence) null)); t("regionMatches", () -> "abc".regionMatches(0, n, 0, 1));
t("Objects.requireNonNull", () -> java.util.Objects.requireNonNull(n)); t("Objects.requireNonNull msg", () -> java.util.Objects.requireNonNull(n, "x must be set"));
t("List.of null", () -> java.util.List.of(1, n)); t("Map.of null", () -> java.util.Map.of("a", n)); t("TreeMap put null", () -> new java.util.TreeMap<String, Integer>().put(n, 1)); t("Optional.of", () -> java.util.Optional.of(n));
t("ArrayDeque add", () -> new java.util.ArrayDeque<String>().add(n)); t("switch", () -> { switch (n) { case "a": return 1; default: return 2; } });
t("unboxing", () -> { Integer i = null; int j = i; return j; }); t("array", () -> { int[] arr = null; return arr[0]; }); t("arraylen", () -> { int[] arr = null; return arr.length; });
t("chars", () -> n.chars()); t("isEmpty", () -> n.isEmpty()); t("trim", () -> n.trim()); t("charAt", () -> n.charAt(0)); t("equals", () -> n.equals("a"));
}}
