public class Twin {
  static final class Shape { final int tag; final Object value; Shape(int tag, Object value) { this.tag = tag; this.value = value; } }
  static final class Result { final boolean ok; final Object value; Result(boolean ok, Object value) { this.ok = ok; this.value = value; }
    public String toString() { return (ok ? "ok(" : "err(") + value + ")"; } }
  static int nextColour(int c) { return (c + 1) % 3; }
  static int grant(int a) { return a | 2; }
  static Integer find(String text, String needle) { int index = text.indexOf(needle); return index < 0 ? null : index; }
  static Result parse(String text) { return text.length() == 0 ? new Result(false, "empty") : new Result(true, Integer.parseInt(text)); }
  static String describe(Shape s) { return "shape " + s.tag + " " + s.value; }
  static Shape grow(Shape s) {
    if (s.tag == 0) return new Shape(0, (Float) s.value * 2.0f);
    if (s.tag == 1) return new Shape(1, (Long) s.value * 1000000000L);
    if (s.tag == 2) return new Shape(2, (String) s.value + "!");
    return new Shape(0, 1.5f);
  }
  static String maybeName(boolean present) { return present ? "Kiln" : null; }
  static String show(Shape s) { return s.tag + ":" + s.value + ""; }
  public static void main(String[] args) {
    System.out.println(nextColour(2));
    System.out.println(grant(5));
    System.out.println(find("component", "pon"));
    System.out.println(find("component", "xyz"));
    System.out.println(parse("-42"));
    System.out.println(parse(""));
    System.out.println(describe(new Shape(2, "box")));
    System.out.println(show(grow(new Shape(0, 0.75f))));
    System.out.println(show(grow(new Shape(1, 5L))));
    System.out.println(show(grow(new Shape(2, "hi"))));
    System.out.println(show(grow(new Shape(3, null))));
    System.out.println(maybeName(true));
    System.out.println(maybeName(false));
  }
}
