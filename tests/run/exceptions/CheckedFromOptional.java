import java.util.*;

public class CheckedFromOptional {
  static class Missing extends Exception {
    Missing(String message) { super(message); }
  }

  static int find(Map<String, Integer> m, String k) throws Missing {
    return Optional.ofNullable(m.get(k)).orElseThrow(() -> new Missing("no " + k));
  }

  public static void main(String[] args) {
    Map<String, Integer> m = Map.of("a", 1);
    try {
      System.out.println(find(m, "a"));
      System.out.println(find(m, "b"));
    } catch (Missing e) {
      System.out.println("Missing: " + e.getMessage());
    }
    try {
      OptionalInt.empty().orElseThrow(() -> new IllegalStateException("empty int"));
    } catch (IllegalStateException e) {
      System.out.println(e.getMessage());
    }
  }
}
