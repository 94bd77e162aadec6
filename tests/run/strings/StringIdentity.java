// String identity as Java has it: literals are interned, new strings are new objects, intern() finds the
// literal, and the JDK's methods that change nothing return the same string.
public class StringIdentity {
  static final String CONSTANT = "ab";

  static String label(boolean same) {
    return same ? "same" : "different";
  }

  public static void main(String[] args) {
    String a = "ab";
    String b = "a" + "b";
    String c = new String("ab");
    String half = args.length > 10 ? "x" : "a";
    String d = half + "b";
    String e = new StringBuilder("ab").toString();
    System.out.println((a == b) + " " + (a == c) + " " + (a == d) + " " + (a == e) + " " + (a == CONSTANT) + " " + a.equals(c) + " " + a.equals(d) + " " + c.equals(e));
    System.out.println((c.intern() == a) + " " + (d.intern() == a) + " " + (e.intern() == c.intern()));
    String built = new StringBuilder("zq").append(half).toString();
    String other = new String(built);
    System.out.println((built.intern() == other.intern()) + " " + (other.intern() == built) + " " + (built == other));
    String s = new String("hello");
    String[] names = {"toString", "valueOf", "substring(0)", "substring(0, 5)", "concat(\"\")", "trim", "strip", "replace('z', 'q')", "replace(\"zz\", \"q\")", "toLowerCase", "toUpperCase", "s + \"\"", "\"\" + s", "repeat(1)", "String.format", "replaceAll(\"zz\", \"q\")", "replaceFirst(\"zz\", \"q\")", "new String(s)"};
    Object[] results = {s.toString(), String.valueOf(s), s.substring(0), s.substring(0, 5), s.concat(""), s.trim(), s.strip(), s.replace('z', 'q'), s.replace("zz", "q"), s.toLowerCase(), s.toUpperCase(), s + "", "" + s, s.repeat(1), String.format("%s", s), s.replaceAll("zz", "q"), s.replaceFirst("zz", "q"), new String(s)};
    for (int i = 0; i < names.length; i++) System.out.println(names[i] + ": " + label(results[i] == s));
    System.out.println((s.substring(5) == "") + " " + (s.repeat(0) == "") + " " + ("".repeat(3) == "") + " " + (String.valueOf(true) == "true") + " " + (String.valueOf((Object) null) == "null") + " " + (new String() == "") + " " + new String().isEmpty());
    String lit = "hello";
    System.out.println((lit.toLowerCase() == lit) + " " + ("HeLLo".toLowerCase() == "hello") + " " + (" x ".trim() == "x") + " " + (Integer.toString(5) == "5") + " " + (lit.replace('l', 'L') == lit) + " " + lit.replace('l', 'L'));
    java.util.Map<String, Integer> counts = new java.util.HashMap<>();
    counts.put(new String("k"), 1);
    System.out.println(counts.get("k") + " " + counts.containsKey(new StringBuilder("k").toString()));
    switch (new String("ab")) {
      case "ab": System.out.println("switch by content"); break;
      default: System.out.println("switch missed");
    }
  }
}
