// Seeded java.util.Random streams and Math's transcendental functions, printed exactly.
import java.util.*;

public class RandomMath {
  public static void main(String[] args) {
    Random r = new Random(42);
    for (int i = 0; i < 5; i++) System.out.println(r.nextInt() + " " + r.nextInt(100) + " " + r.nextLong());
    for (int i = 0; i < 5; i++) System.out.println(r.nextDouble() + " " + r.nextFloat() + " " + r.nextBoolean());
    for (int i = 0; i < 5; i++) System.out.println(r.nextGaussian());
    byte[] bs = new byte[7];
    r.nextBytes(bs);
    System.out.println(Arrays.toString(bs));
    System.out.println(r.nextInt(1 << 20) + " " + r.nextInt(7) + " " + r.nextInt(1000000007));
    Random r2 = new Random(-1L);
    List<Integer> l = new ArrayList<>();
    for (int i = 0; i < 10; i++) l.add(i);
    Collections.shuffle(l, r2);
    System.out.println(l);
    double[] xs = {0.0, -0.0, 0.5, 1.0, 2.0, Math.PI, Math.E, 10.0, 1e-300, 1e300, -3.75, 123456.789};
    for (double x : xs) {
      System.out.println(x + ": sin=" + Math.sin(x) + " cos=" + Math.cos(x) + " tan=" + Math.tan(x));
      System.out.println("  exp=" + Math.exp(x) + " log=" + Math.log(x) + " log10=" + Math.log10(x) + " sqrt=" + Math.sqrt(x) + " cbrt=" + Math.cbrt(x));
      System.out.println("  atan=" + Math.atan(x) + " atan2=" + Math.atan2(x, 1.5) + " sinh=" + Math.sinh(x) + " tanh=" + Math.tanh(x));
      System.out.println("  floor=" + Math.floor(x) + " ceil=" + Math.ceil(x) + " rint=" + Math.rint(x) + " round=" + Math.round(x) + " signum=" + Math.signum(x));
      System.out.println("  pow=" + Math.pow(x, 0.5) + " " + Math.pow(x, 3) + " hypot=" + Math.hypot(x, 3) + " expm1=" + Math.expm1(x) + " log1p=" + Math.log1p(x));
      System.out.println("  ulp=" + Math.ulp(x) + " nextUp=" + Math.nextUp(x) + " getExp=" + Math.getExponent(x) + " toDeg=" + Math.toDegrees(x) + " toRad=" + Math.toRadians(x));
    }
    System.out.println(Math.floorMod(-7, 3) + " " + Math.floorDiv(-7, 3) + " " + Math.floorMod(7L, -3L) + " " + Math.abs(Integer.MIN_VALUE));
    System.out.println(Math.asin(0.5) + " " + Math.acos(0.5) + " " + Math.cosh(1.0) + " " + Math.IEEEremainder(10, 3) + " " + Math.scalb(1.5, 10));
    System.out.println(Math.max(-0.0, 0.0) + " " + Math.min(-0.0, 0.0) + " " + Math.max(Double.NaN, 1) + " " + Math.copySign(3.0, -0.0));
    try { Math.addExact(Integer.MAX_VALUE, 1); } catch (ArithmeticException e) { System.out.println(e.getMessage()); }
    try { Math.multiplyExact(1L << 40, 1L << 30); } catch (ArithmeticException e) { System.out.println(e.getMessage()); }
    try { Math.toIntExact(1L << 40); } catch (ArithmeticException e) { System.out.println(e.getMessage()); }
    System.out.println(Math.fma(2.0, 3.0, 1.0) + " " + StrictMath.sqrt(2) + " " + Math.negateExact(5));
  }
}
