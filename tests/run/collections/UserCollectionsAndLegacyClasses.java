import java.util.*;
import java.util.function.*;
import java.util.stream.*;

public class UserCollectionsAndLegacyClasses {
    static class Range extends AbstractList<Integer> {
        final int lo, hi;
        Range(int lo, int hi) { this.lo = lo; this.hi = hi; }
        public Integer get(int i) { if (i < 0 || i >= size()) throw new IndexOutOfBoundsException("Index: " + i); return lo + i; }
        public int size() { return hi - lo; }
    }
    static class Bag<T> implements Iterable<T> {
        private final List<T> items = new ArrayList<>();
        void add(T t) { items.add(t); }
        public Iterator<T> iterator() { return items.iterator(); }
    }
    public static void main(String[] args) {
        Range r = new Range(3, 9);
        System.out.println(r + " " + r.size() + " " + r.contains(5) + " " + r.indexOf(7) + " " + r.hashCode());
        System.out.println(r.equals(Arrays.asList(3, 4, 5, 6, 7, 8)) + " " + r.subList(1, 3));
        List<Integer> copy = new ArrayList<>(r);
        Collections.reverse(copy);
        System.out.println(copy);
        try { r.add(4); } catch (UnsupportedOperationException e) { System.out.println("UOE " + e.getMessage()); }
        ListIterator<Integer> li = r.listIterator(2);
        while (li.hasNext()) System.out.print(li.next() + ",");
        System.out.println();
        Bag<String> bag = new Bag<>();
        bag.add("x"); bag.add("y");
        for (String s : bag) System.out.print(s);
        System.out.println();
        bag.forEach((String s) -> System.out.print(s.toUpperCase()));
        System.out.println();
        Vector<Integer> v = new Vector<>();
        v.add(1); v.addElement(2); v.insertElementAt(0, 0);
        System.out.println(v + " " + v.elementAt(1) + " " + v.firstElement() + " " + v.lastElement());
        Hashtable<String, Integer> ht = new Hashtable<>();
        ht.put("a", 1); ht.put("b", 2);
        System.out.println(ht.get("a") + " " + ht.containsKey("b") + " " + ht.size());
        IdentityHashMap<Object, Integer> ih = new IdentityHashMap<>();
        List<Integer> k1 = new ArrayList<>(); List<Integer> k2 = new ArrayList<>();
        ih.put(k1, 1); ih.put(k2, 2);
        ih.put(k1, 3);
        System.out.println(ih.size() + " " + ih.get(k1) + " " + ih.containsKey(new ArrayList<Integer>()) + " " + ih.containsValue(2));
        System.out.println(Character.getNumericValue('7') + " " + Character.isWhitespace('\t') + " " + Character.toChars(65)[0] + " " + Character.isLetterOrDigit('_') + " " + Character.digit('f', 16) + " " + Character.forDigit(11, 16));
        System.out.println(Integer.toString(255, 2) + " " + Integer.parseInt("-ff", 16) + " " + Integer.valueOf("12") + " " + Integer.signum(-5) + " " + Integer.reverse(1) + " " + Integer.rotateLeft(1, 33) + " " + Integer.toUnsignedString(-1) + " " + Integer.parseUnsignedInt("4294967295") + " " + Integer.divideUnsigned(-1, 2) + " " + Integer.remainderUnsigned(-1, 7));
        System.out.println(Long.numberOfTrailingZeros(64) + " " + Long.bitCount(-1L) + " " + Long.toBinaryString(5) + " " + Long.toOctalString(64) + " " + Long.parseLong("123456789012") + " " + Long.highestOneBit(100) + " " + Long.reverseBytes(1L) + " " + Long.toUnsignedString(-1L) + " " + Long.compareUnsigned(-1L, 1L) + " " + Long.divideUnsigned(-1L, 10));
        System.out.println(Double.compare(0.0, -0.0) + " " + Double.valueOf("1e3") + " " + Double.parseDouble("  -2.5  ") + " " + Double.isNaN(0.0 / 0) + " " + Double.MIN_VALUE + " " + Double.MAX_VALUE + " " + Double.doubleToLongBits(1.0) + " " + Double.longBitsToDouble(4614253070214989087L) + " " + Float.floatToIntBits(1.5f) + " " + Float.intBitsToFloat(1069547520));
        System.out.println(String.valueOf(new char[]{'a', 'b'}) + " " + "abc".chars().sum() + " " + "hello".codePointAt(1) + " " + "a,b,,c,".split(",").length + " " + "a,b,,c,".split(",", -1).length + " " + "  x ".strip() + "|" + "  x ".stripLeading() + "|" + "  x ".stripTrailing() + "|" + " ".isBlank() + " " + "ab".repeat(3));
        System.out.println("Hello World".replaceAll("(\\w+) (\\w+)", "$2 $1") + " " + "aaa".replace("a", "b") + " " + "x1y2".matches("[a-z0-9]+") + " " + "abc".compareToIgnoreCase("ABD") + " " + "Hello".regionMatches(true, 1, "ELL", 0, 3) + " " + String.join("-", List.of("a", "b")) + " " + "a\nb\nc".lines().count());
        System.out.println("%d %s".formatted(1, "x") + " " + String.format("%5.2f|%-6s|%06d|%x|%X|%o|%e|%.3e|%b|%c|%%|%,d", 3.14159, "ab", 42, 255, 255, 8, 12345.678, 0.000123, true, 'z', 1234567));
        System.out.println(Objects.hash(1, "a", null) + " " + Objects.toString(null, "def") + " " + Objects.requireNonNullElse(null, "x") + " " + Objects.isNull(null) + " " + Arrays.hashCode(new int[]{1, 2}) + " " + Arrays.deepToString(new int[][]{{1}, {2, 3}}) + " " + List.of(1, 2).hashCode() + " " + Map.of("a", 1).hashCode() + " " + Set.of(3).hashCode());
        StringBuilder sb = new StringBuilder("hello");
        sb.insert(0, 'X').append(1.5f).append(true).deleteCharAt(1).replace(0, 2, "YY").reverse();
        System.out.println(sb + " " + sb.indexOf("l") + " " + sb.lastIndexOf("l") + " " + sb.charAt(2) + " " + sb.length());
        sb.setCharAt(0, 'Q');
        System.out.println(sb.substring(0, 3) + " " + sb.toString().contains("Q") + " " + sb.compareTo(new StringBuilder("Q")) + " " + sb.chars().filter(c -> c == 'l').count());
        Map<String, List<Integer>> groups = IntStream.rangeClosed(1, 10).boxed().collect(Collectors.groupingBy(i -> i % 3 == 0 ? "three" : "other"));
        System.out.println(groups);
        System.out.println(Stream.of("b", "a", "c").sorted(Comparator.reverseOrder()).collect(Collectors.joining(",", "[", "]")) + " " + IntStream.of(3, 1, 2).summaryStatistics() + " " + Stream.iterate(1, x -> x * 2).limit(5).map(String::valueOf).collect(Collectors.toList()) + " " + DoubleStream.of(1, 2, 3).average().getAsDouble());
        System.out.println(Stream.of("aa", "b", "cc", "d").collect(Collectors.partitioningBy(s -> s.length() > 1, Collectors.counting())) + " " + Stream.of("x", "y", "x").collect(Collectors.toMap(s -> s, s -> 1, Integer::sum)) + " " + Stream.of(1, 2, 3, 4).reduce(0, Integer::sum) + " " + Arrays.stream(new int[]{5, 3, 8}).max().getAsInt());
        TreeMap<Integer, String> tm = new TreeMap<>(Map.of(1, "a", 5, "e", 3, "c", 9, "i"));
        System.out.println(tm.floorKey(4) + " " + tm.ceilingEntry(4) + " " + tm.headMap(5) + " " + tm.tailMap(5, false) + " " + tm.descendingMap() + " " + tm.firstEntry().getValue() + " " + tm.pollLastEntry() + " " + tm.navigableKeySet() + " " + tm.subMap(1, true, 5, true));
        ArrayDeque<Integer> dq = new ArrayDeque<>();
        dq.push(1); dq.offerLast(2); dq.addFirst(0);
        System.out.println(dq + " " + dq.peekFirst() + " " + dq.pollLast() + " " + dq.pop() + " " + dq);
        PriorityQueue<String> pq = new PriorityQueue<>(Comparator.comparing(String::length).thenComparing(Comparator.naturalOrder()));
        pq.addAll(List.of("ccc", "a", "bb", "aa", "b"));
        StringBuilder out = new StringBuilder();
        while (!pq.isEmpty()) out.append(pq.poll()).append(' ');
        System.out.println(out.toString().trim());
        BitSet bs = new BitSet(); bs.set(1); bs.set(5, 8);
        System.out.println(bs + " " + bs.cardinality() + " " + bs.nextSetBit(2) + " " + bs.nextClearBit(5));
        Optional<String> op = Optional.of("v").filter(s -> s.startsWith("v")).map(s -> s + "!");
        System.out.println(op + " " + op.orElse("none") + " " + Optional.empty().isPresent() + " " + Optional.ofNullable(null).or(() -> Optional.of("alt")).get());
        Function<Integer, Integer> inc = x -> x + 1, dbl = x -> x * 2;
        BiFunction<Integer, Integer, Integer> add = Integer::sum;
        Supplier<List<String>> sup = ArrayList::new;
        Predicate<String> empty = String::isEmpty;
        System.out.println(inc.andThen(dbl).apply(3) + " " + inc.compose(dbl).apply(3) + " " + add.andThen(dbl).apply(1, 2) + " " + sup.get().size() + " " + empty.negate().test("") + " " + Function.<Integer>identity().apply(7) + " " + UnaryOperator.identity().apply("u") + " " + BinaryOperator.minBy(Comparator.<Integer>naturalOrder()).apply(3, 2));
    }
}
