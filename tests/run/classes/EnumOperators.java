// EnumOperators: enums carrying lambdas and implementing interfaces, interface static and private methods, generic utilities
import java.util.*;
import java.util.function.*;

public class EnumOperators {
    interface Calculator {
        int apply(int a, int b);
        static Calculator of(IntBinaryOperator op) { return op::applyAsInt; }
        default Calculator twice() { return (a, b) -> apply(apply(a, b), b); }
        private String name() { return "calc"; }
        default String describe(int a, int b) { return name() + "(" + a + "," + b + ")=" + apply(a, b); }
    }
    enum Op implements Calculator {
        PLUS("+", (a, b) -> a + b), MINUS("-", (a, b) -> a - b), TIMES("*", (a, b) -> a * b), POW("^", (a, b) -> (int) Math.pow(a, b));
        final String symbol; final IntBinaryOperator fn;
        Op(String symbol, IntBinaryOperator fn) { this.symbol = symbol; this.fn = fn; }
        public int apply(int a, int b) { return fn.applyAsInt(a, b); }
        static Optional<Op> bySymbol(String s) { for (Op o : values()) if (o.symbol.equals(s)) return Optional.of(o); return Optional.empty(); }
    }
    static <T extends Comparable<? super T>> void insertionSort(List<T> xs) {
        for (int i = 1; i < xs.size(); i++) { T key = xs.get(i); int j = i - 1; while (j >= 0 && xs.get(j).compareTo(key) > 0) { xs.set(j + 1, xs.get(j)); j--; } xs.set(j + 1, key); }
    }
    static <K, V extends Comparable<V>> K argMax(Map<K, V> m) { K best = null; V bv = null; for (Map.Entry<K, V> e : m.entrySet()) if (bv == null || e.getValue().compareTo(bv) > 0) { best = e.getKey(); bv = e.getValue(); } return best; }
    static int eval(String expr) {
        Deque<Integer> stack = new ArrayDeque<>();
        for (String tok : expr.trim().split("\\s+")) {
            Optional<Op> op = Op.bySymbol(tok);
            if (op.isPresent()) { int b = stack.pop(), a = stack.pop(); stack.push(op.get().apply(a, b)); } else stack.push(Integer.parseInt(tok));
        }
        return stack.pop();
    }
    public static void main(String[] args) {
        for (Op o : Op.values()) System.out.print(o + o.symbol + o.apply(7, 3) + " " + o.twice().apply(2, 3) + " " + o.describe(4, 2) + "; ");
        System.out.println();
        Calculator mod = Calculator.of((a, b) -> a % b); System.out.println(mod.apply(17, 5) + " " + mod.twice().apply(17, 5) + " " + mod.describe(9, 4));
        System.out.println(eval("3 4 + 2 *") + " " + eval("2 3 ^ 1 -") + " " + eval("5 1 2 + 4 * + 3 -"));
        List<String> words = new ArrayList<>(List.of("delta", "alpha", "echo", "bravo", "charlie")); insertionSort(words); System.out.println(words);
        List<Double> ds = new ArrayList<>(List.of(3.5, -1.0, 2.25)); insertionSort(ds); System.out.println(ds);
        Map<String, Integer> scores = new LinkedHashMap<>(); scores.put("ann", 90); scores.put("bob", 95); scores.put("cy", 95); System.out.println(argMax(scores) + " " + Collections.<Integer>emptyList().size());
        EnumMap<Op, Integer> counts = new EnumMap<>(Op.class); for (String t : "+ - + * + ^".split(" ")) Op.bySymbol(t).ifPresent(o -> counts.merge(o, 1, (Integer x, Integer y) -> x + y)); System.out.println(counts);
        BiFunction<Integer, Integer, Integer> f = Op.TIMES::apply; System.out.println(f.apply(6, 7) + " " + Op.valueOf("POW").compareTo(Op.PLUS) + " " + Op.MINUS.getDeclaringClass().getSimpleName());
        Map<Boolean, List<Op>> parts = new TreeMap<>(); for (Op o : Op.values()) parts.computeIfAbsent(o.apply(2, 2) == 4, k -> new ArrayList<>()).add(o); System.out.println(parts);
    }
}
