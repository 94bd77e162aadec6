import java.util.*;
import java.util.function.*;
import java.util.stream.*;

public class VisitorsGenericsAndUtilities {
    interface Visitor<R> { R visitNum(int n); R visitAdd(Expr a, Expr b); R visitMul(Expr a, Expr b); }
    static abstract class Expr { abstract <R> R accept(Visitor<R> v); }
    static class Num extends Expr { final int n; Num(int n) { this.n = n; } <R> R accept(Visitor<R> v) { return v.visitNum(n); } }
    static class Add extends Expr { final Expr a, b; Add(Expr a, Expr b) { this.a = a; this.b = b; } <R> R accept(Visitor<R> v) { return v.visitAdd(a, b); } }
    static class Mul extends Expr { final Expr a, b; Mul(Expr a, Expr b) { this.a = a; this.b = b; } <R> R accept(Visitor<R> v) { return v.visitMul(a, b); } }
    static class Eval implements Visitor<Integer> {
        public Integer visitNum(int n) { return n; }
        public Integer visitAdd(Expr a, Expr b) { return a.accept(this) + b.accept(this); }
        public Integer visitMul(Expr a, Expr b) { return a.accept(this) * b.accept(this); }
    }
    static class Show implements Visitor<String> {
        public String visitNum(int n) { return Integer.toString(n); }
        public String visitAdd(Expr a, Expr b) { return "(" + a.accept(this) + " + " + b.accept(this) + ")"; }
        public String visitMul(Expr a, Expr b) { return a.accept(this) + " * " + b.accept(this); }
    }
    static class Point implements Comparable<Point>, Cloneable {
        int x, y;
        Point(int x, int y) { this.x = x; this.y = y; }
        public int compareTo(Point o) { return x != o.x ? Integer.compare(x, o.x) : Integer.compare(y, o.y); }
        @Override public boolean equals(Object o) { return o instanceof Point && ((Point) o).x == x && ((Point) o).y == y; }
        @Override public int hashCode() { return Objects.hash(x, y); }
        @Override public String toString() { return "(" + x + "," + y + ")"; }
        @Override public Point clone() { try { return (Point) super.clone(); } catch (CloneNotSupportedException e) { throw new AssertionError(e); } }
    }
    static <T extends Comparable<T>> T largest(List<T> xs) { T best = xs.get(0); for (T x : xs) if (x.compareTo(best) > 0) best = x; return best; }
    static int sumAll(int... xs) { int s = 0; for (int x : xs) s += x; return s; }
    static String describe(Object... xs) { return xs.length + ":" + Arrays.toString(xs); }
    public static void main(String[] args) {
        Expr e = new Add(new Num(2), new Mul(new Num(3), new Add(new Num(4), new Num(5))));
        System.out.println(e.accept(new Show()) + " = " + e.accept(new Eval()));
        List<Point> pts = new ArrayList<>(List.of(new Point(3, 1), new Point(1, 2), new Point(3, 0), new Point(1, 1)));
        Collections.sort(pts);
        System.out.println(pts + " " + largest(pts) + " " + Collections.min(pts) + " " + Collections.max(pts, Comparator.comparingInt((Point pp) -> pp.y)));
        Point p = pts.get(0), q = p.clone();
        q.x = 99;
        System.out.println(p + " " + q + " " + p.equals(new Point(1, 1)) + " " + new HashSet<>(pts).contains(new Point(3, 0)) + " " + (p.hashCode() == new Point(1, 1).hashCode()));
        System.out.println(sumAll() + " " + sumAll(1, 2, 3) + " " + describe("a", 1, null) + " " + describe());
        List<Integer> nums = IntStream.rangeClosed(1, 10).boxed().collect(Collectors.toList());
        Collections.shuffle(nums, new Random(42));
        System.out.println(nums);
        Collections.rotate(nums, 3);
        System.out.println(nums + " " + Collections.frequency(List.of(1, 2, 1, 1), 1) + " " + Collections.disjoint(List.of(1, 2), List.of(3)) + " " + Collections.nCopies(3, "ab"));
        Collections.swap(nums, 0, 9);
        System.out.println(nums + " " + Collections.binarySearch(List.of(1, 3, 5, 7), 5) + " " + Collections.binarySearch(List.of(1, 3, 5, 7), 4));
        Random r = new Random(7);
        System.out.println(r.nextInt(100) + " " + r.nextInt() + " " + r.nextLong() + " " + r.nextDouble() + " " + r.nextBoolean() + " " + r.nextFloat() + " " + r.nextGaussian() + " " + r.nextInt(5, 10));
        int[] arr = new int[6];
        Arrays.fill(arr, 7);
        Arrays.setAll(arr, i -> arr[i] * i);
        int[] copy = Arrays.copyOfRange(arr, 1, 4);
        System.arraycopy(arr, 0, arr, 1, 5);
        System.out.println(Arrays.toString(arr) + " " + Arrays.toString(copy) + " " + Arrays.stream(arr).sum() + " " + Arrays.equals(copy, new int[]{7, 14, 21}));
        String[] names = {"delta", "Alpha", "charlie", "Bravo"};
        Arrays.sort(names);
        System.out.println(Arrays.toString(names));
        Arrays.sort(names, String.CASE_INSENSITIVE_ORDER);
        System.out.println(Arrays.toString(names) + " " + String.join("|", names));
        List<String> nameList = Arrays.asList(names);
        String[] back = nameList.toArray(new String[0]);
        System.out.println(back.length + " " + back[3] + " " + nameList.indexOf("charlie"));
        Integer[] boxed = {5, 3, 9, 1};
        Arrays.sort(boxed, Collections.reverseOrder());
        System.out.println(Arrays.toString(boxed));
        char[] cs = "hello world".toCharArray();
        Arrays.sort(cs);
        System.out.println(new String(cs).trim() + " " + String.valueOf(cs, 0, 3).length() + " " + "hello".chars().mapToObj(c -> String.valueOf((char) (c + 1))).collect(Collectors.joining()));
        System.out.println("Hello, World 123".chars().filter(Character::isLetter).count() + " " + "a1b2c3".replaceAll("[0-9]", "#") + " " + "CamelCaseString".split("(?=[A-Z])").length + " " + Integer.parseInt("+15") + " " + Long.parseLong("-0") + " " + Double.parseDouble("1_0".replace("_", "")));
        Map<String, Integer> scores = new LinkedHashMap<>();
        scores.put("bob", 80); scores.put("alice", 95); scores.put("carol", 80); scores.put("dave", 70);
        List<Map.Entry<String, Integer>> entries = new ArrayList<>(scores.entrySet());
        entries.sort(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        System.out.println(entries);
        scores.computeIfPresent("bob", (k, v) -> v + 5);
        scores.compute("erin", (k, v) -> v == null ? 1 : v + 1);
        scores.putIfAbsent("alice", 0);
        scores.replaceAll((k, v) -> v * 2);
        scores.entrySet().removeIf(en -> en.getValue() < 100);
        System.out.println(scores + " " + scores.getOrDefault("zed", -1));
        Map<Boolean, List<String>> parts = scores.keySet().stream().collect(Collectors.partitioningBy(k -> k.length() > 3));
        System.out.println(parts);
        TreeSet<Integer> ts = new TreeSet<>(List.of(5, 1, 9, 3, 7));
        System.out.println(ts.headSet(5) + " " + ts.tailSet(5) + " " + ts.subSet(2, 8) + " " + ts.descendingSet() + " " + ts.floor(4) + " " + ts.higher(9) + " " + ts.pollFirst() + " " + ts);
        Iterator<Integer> it = ts.iterator();
        while (it.hasNext()) if (it.next() % 3 == 0) it.remove();
        System.out.println(ts);
        LinkedList<String> ll = new LinkedList<>(List.of("a", "b", "c"));
        ll.addFirst("z"); ll.removeLast(); ll.add(1, "m");
        ListIterator<String> li = ll.listIterator();
        while (li.hasNext()) { String s = li.next(); if (s.equals("m")) li.set("M"); else if (s.equals("a")) li.add("a2"); }
        System.out.println(ll + " " + ll.peekLast() + " " + ll.indexOf("a2"));
        StringBuilder fizz = new StringBuilder();
        for (int i = 1; i <= 15; i++) fizz.append(i % 15 == 0 ? "FizzBuzz" : i % 5 == 0 ? "Buzz" : i % 3 == 0 ? "Fizz" : String.valueOf(i)).append(i < 15 ? " " : "");
        System.out.println(fizz);
        long big = 1;
        for (int i = 0; i < 70; i++) big *= 3;
        System.out.println(big + " " + Long.MAX_VALUE / 3 + " " + (int) big + " " + (big >>> 60) + " " + Long.numberOfLeadingZeros(big) + " " + Math.multiplyHigh(big, big));
        try { Math.addExact(Integer.MAX_VALUE, 1); } catch (ArithmeticException ex) { System.out.println(ex.getMessage()); }
        try { Math.toIntExact(1L << 40); } catch (ArithmeticException ex) { System.out.println(ex.getMessage()); }
        double[] ds = {3.5, -1.25, 0.0, 2e10, 1.0 / 3};
        System.out.println(Arrays.toString(ds) + " " + DoubleStream.of(ds).max().getAsDouble() + " " + String.format("%.3f %10.2e %g", ds[4], ds[3], ds[1]));
        BiFunction<Double, Double, Double> power = Math::pow;
        Supplier<Map<String, Integer>> mapMaker = TreeMap::new;
        Map<String, Integer> made = mapMaker.get();
        made.put("k", 1);
        Function<String, Integer> len = String::length;
        ToIntFunction<String> len2 = String::length;
        IntBinaryOperator gcd = (a, b) -> { while (b != 0) { int t = a % b; a = b; b = t; } return a; };
        System.out.println(power.apply(2.0, 10.0) + " " + made + " " + len.apply("four") + " " + len2.applyAsInt("five!") + " " + gcd.applyAsInt(84, 36));
    }
}
