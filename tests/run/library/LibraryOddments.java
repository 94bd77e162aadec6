// LibraryOddments: less common library calls from java.lang and java.util
import java.util.*;
import java.util.function.*;
import java.util.stream.*;

public class LibraryOddments {
    public static void main(String[] args) {
        System.out.println(Objects.requireNonNullElse(null, "else") + " " + Objects.requireNonNullElseGet(null, () -> "got") + " " + Objects.hashCode(null) + " " + Objects.compare("a", "b", Comparator.naturalOrder()));
        System.out.println(Math.fma(2.0, 3.0, 1.0) + " " + StrictMath.sqrt(2) + " " + Math.scalb(1.5, 4) + " " + Math.getExponent(1024.0) + " " + Math.IEEEremainder(10, 3) + " " + Math.nextAfter(1.0, 0) + " " + Math.nextDown(1.0f));
        System.out.println(Integer.parseUnsignedInt("4294967295") + " " + Long.parseUnsignedLong("18446744073709551615") + " " + Integer.toUnsignedLong(-1) + " " + Long.toBinaryString(5) + " " + Long.toOctalString(64) + " " + Short.parseShort("-123") + " " + Byte.parseByte("7f", 16));
        System.out.println(Character.isSurrogate('\uD800') + " " + Character.isHighSurrogate('\uD83D') + " " + Character.toCodePoint('\uD83D', '\uDE00') + " " + Character.isSpaceChar('\u00A0') + " " + Character.isWhitespace('\u00A0') + " " + Character.isISOControl('\n') + " " + Character.MIN_RADIX + " " + Character.MAX_RADIX);
        System.out.println(Character.isDefined('a') + " " + Character.isTitleCase('ǅ') + " " + Character.toTitleCase('a') + " " + Character.reverseBytes('a') + " " + (int) Character.highSurrogate(0x1F600) + " " + (int) Character.lowSurrogate(0x1F600));
        System.out.println("  indent\n me".indent(2) + "|" + "abc".transform(s -> s + "!") + "|" + " x ".stripLeading() + "|" + " x ".stripTrailing() + "|" + "\t".isBlank() + "|" + "A1b2".chars().filter(Character::isDigit).mapToObj(c -> String.valueOf((char) c)).collect(Collectors.joining()));
        System.out.println(IntStream.iterate(1, i -> i < 100, i -> i * 3).boxed().collect(Collectors.toList()) + " " + Stream.generate(() -> "z").limit(3).collect(Collectors.joining()));
        List<String> words = Arrays.asList("apple", "banana", "cherry", "avocado", "blueberry", "cranberry", "apricot");
        System.out.println(words.stream().collect(Collectors.summingInt(String::length)) + " " + words.stream().collect(Collectors.averagingDouble(String::length)) + " " + words.stream().collect(Collectors.counting()));
        Map<Character, List<String>> byFirst = words.stream().collect(Collectors.groupingBy(w -> w.charAt(0)));
        System.out.println(byFirst);
        Map<Character, String> joined = words.stream().collect(Collectors.groupingBy(w -> w.charAt(0), TreeMap::new, Collectors.mapping(w -> w.substring(0, 2), Collectors.joining("+"))));
        System.out.println(joined);
        System.out.println(words.stream().sorted(Comparator.comparing(String::length).thenComparing(Comparator.reverseOrder())).collect(Collectors.toList()));
        System.out.println(words.stream().map(String::length).collect(Collectors.toSet()) + " " + words.stream().collect(Collectors.toCollection(TreeSet::new)).first());
        Integer[] boxed = words.stream().map(String::length).toArray(n -> new Integer[n]); System.out.println(Arrays.toString(boxed));
        String[] arr = words.toArray(new String[0]); System.out.println(arr.length + " " + words.toArray().length);
        IntSummaryStatistics st = words.stream().mapToInt(String::length).summaryStatistics(); System.out.println(st.getMin() + " " + st.getMax() + " " + st.getAverage() + " " + st.getSum() + " " + st.getCount());
        System.out.println(IntStream.range(0, 20).boxed().collect(Collectors.partitioningBy(i -> i % 2 == 0, Collectors.summingInt(i -> i))));
        System.out.println(Stream.of("x", "y", "z").collect(Collectors.toMap(Function.identity(), String::hashCode)));
        System.out.println(DoubleStream.of(1.5, 2.5, 3.0).map(Math::floor).sum() + " " + LongStream.rangeClosed(1, 20).reduce(1, (a, b) -> a * b) + " " + IntStream.of(5, 3, 8).max().getAsInt() + " " + IntStream.empty().average().isPresent());
        System.out.println(Stream.of(1, 2, 3, 4, 5).takeWhile(i -> i < 4).map(i -> i * i).collect(Collectors.toList()) + " " + Stream.of(1, 2, 3, 4, 1).dropWhile(i -> i < 3).collect(Collectors.toList()));
        System.out.println(Stream.of("b", "a", "c").sorted().findFirst().orElse("none") + " " + Stream.of(1, 2, 3).peek(x -> {}).noneMatch(x -> x > 5) + " " + Stream.concat(Stream.of(1), Stream.of(2)).collect(Collectors.toList()));
        Optional<String> o = words.stream().filter(w -> w.startsWith("c")).reduce((a, b) -> a.length() >= b.length() ? a : b);
        System.out.println(o.get() + " " + o.filter(s -> s.length() > 20).isPresent() + " " + o.flatMap(s -> Optional.of(s.length())).get() + " " + Optional.empty().or(() -> Optional.of("alt")).get());
        OptionalInt oi = IntStream.of().findAny(); System.out.println(oi.isPresent() + " " + oi.orElse(-1) + " " + OptionalDouble.of(2.5) + " " + Optional.of(3));
        List<Integer> nums = new ArrayList<>(List.of(5, 3, 9, 1)); nums.removeIf(n -> n > 4); nums.replaceAll(n -> n * 100); System.out.println(nums);
        Map<String, Integer> m = new HashMap<>(Map.of("a", 1)); m.compute("a", (k, v) -> v == null ? 0 : v + 10); m.computeIfPresent("b", (k, v) -> 99); m.compute("c", (k, v) -> v == null ? 7 : v); System.out.println(new TreeMap<>(m) + " " + m.getOrDefault("zz", -1));
        Map<String, Integer> mm = new TreeMap<>(); mm.put("x", 1); mm.merge("x", 5, (a, b) -> null); System.out.println(mm + " " + mm.isEmpty());
        Iterator<String> it = words.iterator(); it.forEachRemaining(w -> { if (w.length() > 7) System.out.print(w + " "); }); System.out.println();
        BiConsumer<String, Integer> pr = (k, v) -> System.out.print(k + v + ";"); new TreeMap<>(Map.of("p", 1, "q", 2)).forEach(pr); System.out.println();
        ToIntFunction<String> len = String::length; IntFunction<String> stars = n -> "*".repeat(n); IntPredicate even = i -> i % 2 == 0; IntUnaryOperator sq = i -> i * i;
        System.out.println(len.applyAsInt("four") + " " + stars.apply(3) + " " + even.test(4) + " " + sq.andThen(i -> i + 1).applyAsInt(5) + " " + IntStream.rangeClosed(1, 5).map(sq).filter(even).boxed().collect(Collectors.toList()));
        Supplier<Map<String, List<Integer>>> factory = LinkedHashMap::new; Map<String, List<Integer>> lm = factory.get(); lm.computeIfAbsent("k", k -> new ArrayList<>()).add(1); System.out.println(lm);
        System.out.println(String.valueOf(new StringBuilder("sb")) + " " + "abc".contentEquals(new StringBuilder("abc")) + " " + new StringBuilder("x").compareTo(new StringBuilder("y")) + " " + "hello".chars().sum() + " " + "ab".codePoints().count());
        System.out.println(Integer.toString(255, 16) + " " + Integer.valueOf(77).byteValue() + " " + Double.valueOf(3.99).intValue() + " " + Long.valueOf(1L << 40).intValue() + " " + Float.valueOf(1.1f).doubleValue() + " " + Short.valueOf((short) 5).equals((short) 5) + " " + Byte.toUnsignedInt((byte) -1));
        System.out.println(Boolean.parseBoolean("TRUE") + " " + Boolean.parseBoolean("yes") + " " + Boolean.logicalXor(true, false) + " " + Boolean.valueOf("true").toString() + " " + Boolean.TRUE.equals(true));
        System.out.println(Collections.emptyMap().size() + " " + Collections.singletonList(1) + " " + Collections.disjoint(List.of(1, 2), List.of(3)) + " " + Collections.indexOfSubList(List.of(1, 2, 3, 2, 3), List.of(2, 3)) + " " + Collections.lastIndexOfSubList(List.of(1, 2, 3, 2, 3), List.of(2, 3)));
        List<Integer> fill = new ArrayList<>(Collections.nCopies(4, 0)); Collections.fill(fill, 9); Collections.addAll(fill, 1, 2); System.out.println(fill + " " + Collections.min(fill) + " " + Collections.binarySearch(List.of(1, 3, 5, 7), 5));
        List<String> sync = Collections.synchronizedList(new ArrayList<>()); sync.add("s"); System.out.println(sync + " " + Collections.unmodifiableSet(new TreeSet<>(Set.of(3, 1, 2))));
        System.out.println(Arrays.asList(1, 2, 3).subList(1, 3).indexOf(3) + " " + new ArrayList<>(List.of(1, 2, 3)).retainAll(List.of(2)) + " " + new ArrayDeque<>(List.of(1, 2, 3)).descendingIterator().next());
        int[] ia = {5, 1, 4}; Arrays.sort(ia, 0, 2); System.out.println(Arrays.toString(ia) + " " + Arrays.stream(ia).map(x -> -x).boxed().collect(Collectors.toList()) + " " + Arrays.asList(1, 2).equals(List.of(1, 2)) + " " + Arrays.compare(new int[]{1, 2}, new int[]{1, 3}) + " " + Arrays.mismatch(new int[]{1, 2, 3}, new int[]{1, 2, 4}));
        Integer[] sorted = {3, 1, 2}; Arrays.sort(sorted, Collections.reverseOrder()); System.out.println(Arrays.toString(sorted) + " " + Arrays.asList(sorted).contains(2));
        long[] la = new long[4]; Arrays.setAll(la, i -> (long) i * i); System.out.println(Arrays.toString(la) + " " + Arrays.stream(la).sum());
    }
}
