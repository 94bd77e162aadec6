public class Twin {
  static String greet(String name) { return "Hello, " + name + "!"; }
  static long count(String text, int times) { return (long)(text.length() * times); }
  public static void main(String[] args) {
    System.out.println(greet("Ada"));
    System.out.println(count("héllo", 3));
  }
}
