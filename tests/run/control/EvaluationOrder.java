// EvaluationOrder: evaluation order and side effects in compound assignments, array stores and conditionals
import java.util.*;
import java.util.function.*;

public class EvaluationOrder {
    static int counter;
    static StringBuilder log = new StringBuilder();
    static int tick(String s) { log.append(s); return ++counter; }
    static int[] arr(String s) { log.append(s); return data; }
    static int[] data = new int[6];
    static Integer boxed = 5;
    int field = 10;
    EvaluationOrder self(String s) { log.append(s); return this; }

    public static void main(String[] args) {
        int i = 0;
        data[i++] += 5; data[i++] = data[i] + i++;
        System.out.println(Arrays.toString(data) + " " + i);
        arr("A")[tick("i")] = tick("v"); System.out.println(log + " " + Arrays.toString(data)); log.setLength(0);
        arr("A")[tick("i")] += tick("v") * 10; System.out.println(log + " " + Arrays.toString(data)); log.setLength(0);
        try { arr("A")[tick("i") + 100] = tick("v"); } catch (ArrayIndexOutOfBoundsException e) { System.out.println(log + " AIOOBE " + e.getMessage()); } log.setLength(0);
        int[] nul = null;
        try { nul[tick("i")] = tick("v"); } catch (NullPointerException e) { System.out.println(log + " NPE"); } log.setLength(0);
        try { int z = 0; data[tick("i")] = tick("v") / z; } catch (ArithmeticException e) { System.out.println(log + " AE " + Arrays.toString(data)); } log.setLength(0);
        EvaluationOrder s = new EvaluationOrder();
        s.self("a").field += s.self("b").field++ + tick("c"); System.out.println(log + " " + s.field); log.setLength(0);
        boxed++; boxed += 10; Integer before = boxed; boxed--; System.out.println(boxed + " " + before + " " + (before == boxed + 1));
        long l = Integer.MAX_VALUE; l += 1; int iv = Integer.MAX_VALUE; iv += 1L; short sh = 10; sh -= 20000 * 2; char c = 'z'; c++; c += 1;
        System.out.println(l + " " + iv + " " + sh + " " + (int) c);
        double d = 10; d /= 4; int id = 7; id /= 2.0; id *= 1.5; float f = 1; f += 0.1; System.out.println(d + " " + id + " " + f);
        int x = 3; x = x++ * 2 + x--; System.out.println(x);
        int y = 1; y += y++ + ++y; System.out.println(y);
        int[] a = {1, 2, 3}; int k = 0; a[k] = k = 2; System.out.println(Arrays.toString(a) + " " + k);
        boolean b1 = tick("L") > 100 && tick("R") > 0; boolean b2 = tick("L") > 0 || tick("R") > 0; boolean b3 = tick("L") > 0 & tick("R") > 0; System.out.println(log + " " + b1 + b2 + b3); log.setLength(0);
        String str = null; String res = (str != null && str.length() > 2) ? "long" : "short-or-null"; System.out.println(res);
        Object o = tick("q") % 2 == 0 ? (Object) "even" : (Object) 7; System.out.println(log + " " + o); log.setLength(0);
        long mixed = true ? 1 : 2L; Object m2 = false ? 1 : 'a'; Object m3 = true ? (Integer) null : "x"; System.out.println(mixed + " " + m2 + " " + m3);
        char cc = true ? 'x' : 0; int ci = false ? 'x' : 1000000; System.out.println(cc + " " + ci);
        StringBuilder sb = new StringBuilder();
        for (int p = 0, q = 10; p < q; p += 2, q--) sb.append(p).append(':').append(q).append(' ');
        System.out.println(sb);
        int total = 0; for (int n : new int[]{tick("x"), tick("y"), tick("z")}) total += n; System.out.println(log + " " + total); log.setLength(0);
        Supplier<Integer> sup = () -> tick("s"); Function<Integer, Integer> fn = v -> v + tick("f"); System.out.println(fn.apply(sup.get()) + " " + log); log.setLength(0);
        String concat = "" + tick("1") + tick("2") + (tick("3") + tick("4")); System.out.println(concat + " " + log); log.setLength(0);
        int[][] grid = new int[3][3]; int r = 0; grid[r++][r++] = r; System.out.println(Arrays.deepToString(grid) + " " + r);
        List<Integer> list = new ArrayList<>(List.of(1, 2, 3)); int idx = 0; list.set(idx++, list.get(idx) * 10); System.out.println(list + " " + idx);
        int sw = 2; switch (sw++) { case 2: sw *= 10; break; case 3: sw = -1; break; } System.out.println(sw);
        String st = "b"; switch (st + "c") { case "bc": System.out.println("bc!"); break; default: System.out.println("no"); }
        int depth = 0; while (depth++ < 3) { if (depth == 2) continue; System.out.print("d" + depth); } System.out.println(" " + depth);
        do { depth -= 2; } while (depth > 0); System.out.println(depth);
    }
}
