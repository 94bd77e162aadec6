import java.io.*;
import java.util.*;
import java.util.function.*;
import java.util.stream.*;

public class IoExceptionsAndFormatting {
    static class Resource implements AutoCloseable {
        final String name;
        Resource(String name) { this.name = name; System.out.println("open " + name); }
        public void close() { System.out.println("close " + name); }
    }
    static class AppException extends Exception {
        final int code;
        AppException(String m, int code, Throwable cause) { super(m, cause); this.code = code; }
    }
    static int depth(int n) throws AppException {
        if (n == 0) throw new AppException("bottom", 42, new IllegalStateException("root cause"));
        return depth(n - 1) + 1;
    }
    public static void main(String[] args) throws Exception {
        StringWriter sw = new StringWriter();
        PrintWriter pw = new PrintWriter(sw);
        pw.println("line one");
        pw.printf("%3d|%-4s|%n", 7, "ab");
        pw.print(3.5);
        pw.flush();
        System.out.print(sw.toString());
        System.out.println();
        BufferedReader br = new BufferedReader(new StringReader("alpha\nbeta\n\ngamma"));
        String line; int n = 0;
        while ((line = br.readLine()) != null) System.out.println((n++) + ":" + line);
        Scanner sc = new Scanner("12 abc 3.5\nnext line here");
        System.out.println(sc.nextInt() + " " + sc.next() + " " + sc.nextDouble() + " [" + sc.nextLine() + "] [" + sc.nextLine() + "] " + sc.hasNext());
        try (Resource a = new Resource("a"); Resource b = new Resource("b")) {
            System.out.println("body");
            throw new RuntimeException("boom");
        } catch (RuntimeException e) {
            System.out.println("caught " + e.getMessage());
        } finally {
            System.out.println("finally");
        }
        try { depth(3); } catch (AppException e) { System.out.println(e.getMessage() + " " + e.code + " " + e.getCause().getMessage() + " " + e.getCause().getClass().getName() + " " + e); }
        try { Object o = "s"; Integer i = (Integer) o; } catch (ClassCastException e) { System.out.println("CCE " + e.getMessage()); }
        try { int[] a = new int[2]; a[2] = 1; } catch (ArrayIndexOutOfBoundsException e) { System.out.println(e.getMessage()); }
        try { "abc".substring(5); } catch (StringIndexOutOfBoundsException e) { System.out.println(e.getMessage()); }
        try { Integer.parseInt("12x"); } catch (NumberFormatException e) { System.out.println(e.getMessage()); }
        try { new ArrayList<Integer>().get(0); } catch (IndexOutOfBoundsException e) { System.out.println(e.getMessage()); }
        try { List.of(1).add(2); } catch (UnsupportedOperationException e) { System.out.println("UOE " + e.getMessage()); }
        try { new ArrayList<>(List.of(1)).iterator().remove(); } catch (IllegalStateException e) { System.out.println("ISE " + e.getMessage()); }
        try { Objects.requireNonNull(null, "must not be null"); } catch (NullPointerException e) { System.out.println(e.getMessage()); }
        try { throw new Error("custom error"); } catch (Throwable t) { System.out.println(t); }
        try { int z = 0; System.out.println(5 / z); } catch (ArithmeticException e) { System.out.println(e); }
        RuntimeException withSuppressed = new RuntimeException("primary");
        withSuppressed.addSuppressed(new IllegalArgumentException("secondary"));
        System.out.println(withSuppressed.getSuppressed().length + " " + withSuppressed.getSuppressed()[0].getMessage());
        System.out.printf("%s %d %.2f %10.4f %-8s| %08X %+d %(d %e%n", "fmt", -5, 2.005, Math.PI, "left", 3054, 5, -7, 1234.5);
        System.out.println(String.format("%,.2f %05.1f %.0f %.0f %.0f %s %S %10s %-10s|", 1234567.891, 3.14159, 0.5, 1.5, 2.5, null, "up", "r", "l"));
        System.out.println(String.format("%b %h %o %x %c %5c|%-5c|", null, "hi", -8, -255L, 65, 'x', 'y'));
        System.out.println(1.0f / 3 + " " + 2.0 / 3 + " " + 100.0 + " " + 1e21 + " " + 1e-7 + " " + 123456789.0f + " " + 0.1f + " " + (double) 0.1f + " " + (float) 1e40 + " " + -0.0 + " " + 1.0e7 + " " + 9999999.0);
        System.out.println((int) 3.99e10 + " " + (long) -1e30 + " " + (int) Double.NaN + " " + (char) 65.7 + " " + (byte) 300 + " " + (short) -40000 + " " + Math.round(-2.5) + " " + Math.round(2.5) + " " + Math.rint(2.5) + " " + Math.floorMod(-7, 3) + " " + Math.floorDiv(-7, 3) + " " + (-7 / 3) + " " + (-7 % 3));
        System.out.println(Integer.MAX_VALUE + 1 + " " + Long.MIN_VALUE / -1 + " " + Integer.MIN_VALUE % -1 + " " + (1 << 33) + " " + (1L << 65) + " " + (-16 >> 2) + " " + (-16 >>> 28) + " " + Integer.toHexString(-1) + " " + Long.toHexString(Long.MIN_VALUE) + " " + Math.abs(Integer.MIN_VALUE) + " " + Math.sqrt(-1) + " " + Math.pow(2, 0.5) + " " + Math.cbrt(27) + " " + Math.atan2(1, 1) + " " + Math.log10(1000) + " " + Math.toDegrees(Math.PI));
        char c = 'a'; c += 2; c++;
        System.out.println(c + " " + (c + 1) + " " + (char) (c + 1) + " " + Character.toUpperCase(c) + " " + ('a' + 'b') + " " + (char) ('a' + 'b' - 'a') + " " + Character.toString(97) + " " + Character.valueOf('z').compareTo('a'));
        Integer a1 = 127, a2 = 127, b1 = 128, b2 = 128; b2 = b2 + 0;
        System.out.println((a1 == a2) + " " + (b1.intValue() == b2) + " " + b1.equals(b2) + " " + Integer.valueOf(5).hashCode() + " " + Long.valueOf(1L << 40).hashCode() + " " + Double.valueOf(1.5).hashCode() + " " + Boolean.TRUE.hashCode() + " " + Character.valueOf('a').hashCode() + " " + "ab".hashCode() + " " + new int[0].getClass().getSimpleName() + " " + String[].class.getName());
        Map<Character, Integer> freq = new TreeMap<>();
        for (char ch : "mississippi".toCharArray()) freq.merge(ch, 1, Integer::sum);
        System.out.println(freq);
        String text = "the quick brown fox jumps over the lazy dog the end";
        Map<String, Long> wc = Arrays.stream(text.split("\\s+")).collect(Collectors.groupingBy(Function.identity(), TreeMap::new, Collectors.counting()));
        System.out.println(wc);
        System.out.println(Arrays.stream(text.split(" ")).filter(w -> w.length() > 3).map(String::toUpperCase).distinct().sorted(Comparator.comparing(String::length).thenComparing(Comparator.reverseOrder())).collect(Collectors.toList()));
        System.out.println(IntStream.range(0, 5).mapToObj(i -> "x" + i).collect(Collectors.joining("/")) + " " + IntStream.iterate(1, i -> i <= 100, i -> i * 3).boxed().collect(Collectors.toList()) + " " + Stream.of(List.of(1, 2), List.of(3)).flatMap(List::stream).mapToInt(Integer::intValue).sum() + " " + LongStream.rangeClosed(1, 20).reduce(1, (x, y) -> x * y));
        List<int[]> pairs = new ArrayList<>();
        for (int i = 0; i < 3; i++) for (int j = i; j < 3; j++) pairs.add(new int[]{i, j});
        System.out.println(pairs.stream().map(Arrays::toString).collect(Collectors.joining(";")));
        Object[] objs = {1, "two", 3.0, 'c', null, new int[]{1}, List.of()};
        for (Object o : objs) System.out.print((o == null ? "null" : o.getClass().getSimpleName()) + " ");
        System.out.println();
        StringBuilder sb = new StringBuilder();
        outer:
        for (int i = 0; i < 5; i++) {
            for (int j = 0; j < 5; j++) {
                if (j == 3) continue outer;
                if (i == 3) break outer;
                sb.append(i).append(j).append(' ');
            }
        }
        System.out.println(sb);
        String day = "TUE";
        switch (day) { case "MON": System.out.println("m"); break; case "TUE": case "WED": System.out.println("tw"); System.out.println("fallthrough"); break; default: System.out.println("fallthrough"); }
        int k; switch (day) { case "MON": k = 1; break; case "TUE": int t = 2; k = t * 10; break; default: k = 0; }
        System.out.println(k);
    }
}
