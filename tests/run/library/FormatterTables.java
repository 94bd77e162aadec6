// FormatterTables: printf tables, fractions and a ledger
import java.util.*;

public class FormatterTables {
    static final class Fraction implements Comparable<Fraction> {
        final long num, den;
        Fraction(long n, long d) { if (d == 0) throw new ArithmeticException("zero denominator"); long g = gcd(Math.abs(n), Math.abs(d)); if (d < 0) { n = -n; d = -d; } num = n / g; den = d / g; }
        static long gcd(long a, long b) { return b == 0 ? Math.max(a, 1) : gcd(b, a % b); }
        Fraction plus(Fraction o) { return new Fraction(num * o.den + o.num * den, den * o.den); }
        Fraction times(Fraction o) { return new Fraction(num * o.num, den * o.den); }
        Fraction inverse() { return new Fraction(den, num); }
        public int compareTo(Fraction o) { return Long.compare(num * o.den, o.num * den); }
        @Override public boolean equals(Object o) { return o instanceof Fraction && ((Fraction) o).num == num && ((Fraction) o).den == den; }
        @Override public int hashCode() { return Objects.hash(num, den); }
        @Override public String toString() { return den == 1 ? Long.toString(num) : num + "/" + den; }
    }
    public static void main(String[] args) {
        String[] names = {"Widget", "Gadget", "Thingamajig", "Doohickey", "X"};
        double[] prices = {4.5, 12.999, 0.005, 1234.5678, -3.25};
        int[] qty = {3, 0, 1000, 7, -2};
        System.out.printf("%-12s|%8s|%6s|%12s%n", "Item", "Price", "Qty", "Total");
        System.out.println("-".repeat(41));
        double grand = 0;
        for (int i = 0; i < names.length; i++) {
            double total = prices[i] * qty[i]; grand += total;
            System.out.printf("%-12.10s|%8.2f|%6d|%,12.2f%n", names[i], prices[i], qty[i], total);
        }
        System.out.printf("%-12s|%8s|%6s|%,12.3f%n", "TOTAL", "", "", grand);
        System.out.printf("%5.1f%% done, %s and %S, %-6b|%c%c%n", 45.678, "lower", "upper", true, 'J', 65);
        System.out.printf("%08.2f|%+.3e|%-10x|%#x|%#o|%010d|%-+8d|% 5d%n", -3.14159, 12345.6789, 48879, 255, 8, -42, 42, 42);
        System.out.printf("%.0f %.1f %.2f %.3f %.10f%n", 2.675, 2.675, 2.675, 2.675, 2.675);
        System.out.printf("%.2f %.2f %.2f %.2f%n", 0.125, 0.375, 1.005, 1e-10);
        System.out.printf("%s %s %s %.3s%n", 1.0f, 100.0 / 3, Long.MAX_VALUE, "abcdef");
        System.out.printf("%e %e %.2e%n", 1.0, 123456789.0, 9.999e-5);
        System.out.printf("%10.4s|%-10.4s|%n", "formatting", "formatting");
        System.out.printf("%,d %,d %,.1f%n", 999, -1000, 1234567.25);
        System.out.printf("[%5c][%-5c]%n", 'a', 'b');
        System.out.println(String.format("%3$2s %2$2s %1$2s", "a", "b", "c") + String.format("|%s|%<s|", "again"));
        Fraction sum = new Fraction(0, 1);
        for (int k = 1; k <= 10; k++) sum = sum.plus(new Fraction(1, (long) k * (k + 1)));
        System.out.println(sum + " " + new Fraction(6, -4) + " " + new Fraction(3, 9).times(new Fraction(9, 3)) + " " + new Fraction(-2, 7).inverse());
        List<Fraction> fr = new ArrayList<>(); for (int a = 1; a <= 4; a++) for (int b = 1; b <= 4; b++) fr.add(new Fraction(a, b));
        TreeSet<Fraction> uniq = new TreeSet<>(fr); System.out.println(uniq + " " + new HashSet<>(fr).size());
        try { new Fraction(1, 0); } catch (ArithmeticException e) { System.out.println("error: " + e.getMessage()); }
        Map<String, Double> balances = new LinkedHashMap<>();
        String[] ops = {"alice +100.50", "bob +20", "alice -30.25", "carol +5", "bob -25", "alice +0.75"};
        for (String op : ops) {
            String[] parts = op.split(" ");
            double amount = Double.parseDouble(parts[1]);
            double next = balances.getOrDefault(parts[0], 0.0) + amount;
            if (next < 0) { System.out.printf("%s: rejected %.2f (balance %.2f)%n", parts[0], amount, balances.get(parts[0])); continue; }
            balances.put(parts[0], next);
        }
        Formatter f = new Formatter(); f.format("%d-%s", 7, "x"); f.format("!"); System.out.println(f.toString()); f.close();
        try { f.format("again"); } catch (IllegalStateException e) { System.out.println(e.getClass().getName() + " " + e.getMessage()); }
        balances.forEach((k, v) -> System.out.printf("%-6s %9.2f%n", k, v));
        StringBuilder hist = new StringBuilder();
        int[] data = {3, 7, 1, 5, 9, 2};
        for (int row = 9; row >= 1; row -= 2) { for (int d : data) hist.append(d >= row ? " # " : "   "); hist.append(String.format("| %d%n", row)); }
        System.out.print(hist);
        System.out.println(String.format("%-5s", null) + "|" + String.format("%b %b", null, "x") + "|" + String.format("%o %x", 0, 0));
        System.out.println(String.format("%.3g|%10.3g|%g", 0.000123456, 98765.4321, 1.0));
    }
}
