// List.remove(Object) returns a boolean (remove(int) returns the element), also inside string concatenation.
import java.util.*;
public class RemoveOverloads {
  public static void main(String[] args) {
    List<String> l = new ArrayList<>(List.of("a", "b"));
    boolean r = l.remove("a");
    System.out.println(r);
    System.out.println(l.remove("b") + " " + l);
    List<String> m = new ArrayList<>(List.of("a", "b"));
    System.out.println(m.contains("a") + " " + m.remove("a") + " " + m);
  }
}
