// IdentityHashMap with equal strings that are different objects: keys by identity, and remove returns the value.
import java.util.*;
public class IdentityMapStrings {
  public static void main(String[] args) {
    IdentityHashMap<String, Integer> m = new IdentityHashMap<>();
    String a = new String("k"), b = new String("k");
    m.put(a, 1); m.put(b, 2); m.put("k", 3);
    System.out.println(m.size() + " " + m.get(a) + " " + m.get(b) + " " + m.get("k") + " " + m.get(new String("k")));
    System.out.println(m.remove(a) + " " + m.size() + " " + m.containsKey(a) + " " + m.containsKey(b));
  }
}
