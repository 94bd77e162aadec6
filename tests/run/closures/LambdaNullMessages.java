// Null dereferences inside lambdas: captured values and parameters are the synthetic method's parameters, this is this.
import java.util.function.*;
public class LambdaNullMessages {
  String f;
  void go() {
    Runnable r = () -> System.out.println(f.length());
    try { r.run(); } catch (NullPointerException e) { System.out.println(e.getMessage()); }
  }
  public static void main(String[] args) {
    String cap = null;
    Runnable r = () -> System.out.println(cap.length());
    try { r.run(); } catch (NullPointerException e) { System.out.println(e.getMessage()); }
    Function<String, Integer> g = s -> s.length();
    try { g.apply(null); } catch (NullPointerException e) { System.out.println(e.getMessage()); }
    BiFunction<String, String, Integer> h = (a, b) -> a.length() + b.length();
    try { h.apply("x", null); } catch (NullPointerException e) { System.out.println(e.getMessage()); }
    new LambdaNullMessages().go();
  }
}
