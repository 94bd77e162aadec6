// The JVM's helpful NullPointerException messages: what failed (a call, a field read or write, an array load,
// store or length, a throw) and which value was null (a local by its slot, a parameter, this, a static field,
// a field chain, an array element, a method's return value), as javac numbers the slots.
import java.util.*;

public class NullMessages {
  enum Color { RED, GREEN }

  static String head;
  static int[] table;
  static NullMessages root = new NullMessages();
  String name;
  NullMessages next;
  int[] data;
  NullMessages[] kids;

  static NullMessages find(int k) { return null; }
  static NullMessages lookup(int k, String s, int[] a, Object o, List<String> l, long j) { return new NullMessages(); }
  NullMessages self() { return this; }
  String label() { return name; }
  static String nothing() { return null; }

  static void show(NullPointerException e) {
    System.out.println(e.getMessage());
  }

  void onInstance(String p, long w, NullMessages q) {
    try { p.length(); } catch (NullPointerException e) { show(e); }
    try { q.name.length(); } catch (NullPointerException e) { show(e); }
    try { System.out.println(q.next.name); } catch (NullPointerException e) { show(e); }
    try { this.next.name = "x"; } catch (NullPointerException e) { show(e); }
    try { next.data[0] = 1; } catch (NullPointerException e) { show(e); }
    double d = 1;
    String local = null;
    try { local.isEmpty(); } catch (NullPointerException e) { show(e); }
    System.out.println(d);
  }

  static int colorCode(Color c) {
    switch (c) {
      case RED: return 1;
      default: return 2;
    }
  }

  public static void main(String[] args) {
    String s = null;
    try { s.length(); } catch (NullPointerException e) { show(e); }
    try { head.length(); } catch (NullPointerException e) { show(e); }
    try { find(3).label(); } catch (NullPointerException e) { show(e); }
    try { System.out.println(find(3).name); } catch (NullPointerException e) { show(e); }
    try { find(3).name = "a"; } catch (NullPointerException e) { show(e); }
    try { table[0] = 5; } catch (NullPointerException e) { show(e); }
    try { System.out.println(table[1]); } catch (NullPointerException e) { show(e); }
    try { System.out.println(table.length); } catch (NullPointerException e) { show(e); }
    int[][] grid = new int[3][];
    try { grid[1][2] = 4; } catch (NullPointerException e) { show(e); }
    String[] words = new String[2];
    try { words[0].trim(); } catch (NullPointerException e) { show(e); }
    Object o = null;
    try { o.hashCode(); } catch (NullPointerException e) { show(e); }
    List<String> list = null;
    try { list.size(); } catch (NullPointerException e) { show(e); }
    Map<String, Integer> map = new HashMap<>();
    try { int v = map.get("k"); System.out.println(v); } catch (NullPointerException e) { show(e); }
    Integer boxed = null;
    try { int v = boxed + 1; System.out.println(v); } catch (NullPointerException e) { show(e); }
    try { throw null; } catch (NullPointerException e) { show(e); }
    new NullMessages().onInstance(null, 1L, new NullMessages());
    NullMessages n = new NullMessages();
    try { n.next.next.label(); } catch (NullPointerException e) { show(e); }
    try { n.data[0]++; } catch (NullPointerException e) { show(e); }
    long[] longs = null;
    double[] doubles = null;
    char[] chars = null;
    boolean[] flags = null;
    Object[] objects = null;
    try { longs[0] = 1; } catch (NullPointerException e) { show(e); }
    try { System.out.println(doubles[0]); } catch (NullPointerException e) { show(e); }
    try { System.out.println(chars[0]); } catch (NullPointerException e) { show(e); }
    try { flags[0] = true; } catch (NullPointerException e) { show(e); }
    try { objects[0] = "x"; } catch (NullPointerException e) { show(e); }
    try { System.out.println(s.equals("a")); } catch (NullPointerException e) { show(e); }
    try { System.out.println(nothing().length()); } catch (NullPointerException e) { System.out.println(e); }
    for (int i = 0; i < 2; i++) {
      String t = i == 0 ? null : "z";
      try { System.out.println(t.length()); } catch (NullPointerException e) { show(e); }
    }
    try { lookup(1, null, null, null, null, 2).name.length(); } catch (NullPointerException e) { show(e); }
    try { root.next.next.next.name.length(); } catch (NullPointerException e) { show(e); }
    root.next = new NullMessages();
    root.next.next = new NullMessages();
    root.next.next.next = new NullMessages();
    try { root.next.next.next.name.length(); } catch (NullPointerException e) { show(e); }
    root.kids = new NullMessages[3];
    int k = 1;
    try { root.kids[k].name.length(); } catch (NullPointerException e) { show(e); }
    try { root.kids[k + 1].name.length(); } catch (NullPointerException e) { show(e); }
    try { root.self().next.next.next.next.name.length(); } catch (NullPointerException e) { show(e); }
    Object nothing = null;
    try { ((String) nothing).length(); } catch (NullPointerException e) { show(e); }
    String[][] names = new String[2][2];
    try { names[k][0].length(); } catch (NullPointerException e) { show(e); }
    int[] numbers = {1, 2};
    for (int x : numbers) {
      String z = null;
      if (x == 2) {
        try { z.length(); } catch (NullPointerException e) { show(e); }
      }
    }
    List<String> items = Arrays.asList("a", null);
    for (String item : items) {
      try { System.out.println(item.length()); } catch (NullPointerException e) { show(e); }
    }
    String key = null;
    try {
      switch (key) {
        case "a": System.out.println("a"); break;
        default: System.out.println("other");
      }
    } catch (NullPointerException e) { show(e); }
    try { System.out.println(colorCode(null)); } catch (NullPointerException e) { show(e); }
    int[] missing = null;
    try { for (int x : missing) System.out.println(x); } catch (NullPointerException e) { show(e); }
    StringBuilder builder = null;
    try { builder.append("x").append(1); } catch (NullPointerException e) { show(e); }
    String q = args.length > 3 ? "q" : null;
    try { (args.length > 5 ? q : null).length(); } catch (NullPointerException e) { show(e); }
    Runnable r = () -> {
      String inner = null;
      try { inner.length(); } catch (NullPointerException e) { show(e); }
    };
    r.run();
    try {
      Object value = null;
      value.toString();
    } catch (RuntimeException e) {
      System.out.println(e);
    }
  }
}
