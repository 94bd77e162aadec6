// A sweep of JDK 9-17 library methods a program may reach for: List/Set/Map.copyOf and entries, takeWhile/dropWhile, teeing, mapMulti, Arrays.mismatch/compare, Random streams, Optional and primitive optionals, newer String and Character methods.
import java.util.*;
import java.util.function.*;
import java.util.stream.*;

public class LibraryGrabBag {
    public static void main(String[] args) {
        System.out.println(List.copyOf(new ArrayList<>(List.of(1, 2))) + " " + Map.entry("k", 1) + " " + new TreeMap<>(Map.ofEntries(Map.entry("a", 1), Map.entry("b", 2))) + " " + Set.copyOf(List.of(3, 3)));
        System.out.println(Stream.of(1, 2, 3, 4, 1).takeWhile(x -> x < 3).collect(Collectors.toList()) + " " + Stream.of(1, 2, 3, 4, 1).dropWhile(x -> x < 3).collect(Collectors.toList()));
        System.out.println("" + Stream.of(1, 2, 3).collect(Collectors.teeing(Collectors.counting(), Collectors.summingInt(x -> x), (c, s) -> s + "/" + c)));
        Iterator<Integer> it = List.of(1, 2, 3).iterator(); it.next(); StringBuilder sb = new StringBuilder(); it.forEachRemaining(sb::append); System.out.println(sb);
        System.out.println(Arrays.mismatch(new int[]{1, 2, 3}, new int[]{1, 2, 4}) + " " + Arrays.compare(new int[]{1, 2}, new int[]{1, 3}) + " " + Objects.checkIndex(2, 5));
        System.out.println(new StringBuilder("abc").compareTo(new StringBuilder("abd")) + " " + "héllo".codePoints().count() + " " + new String(Character.toChars(0x1F600)).length() + " " + Character.isSurrogate('\uD800'));
        System.out.println("a\tb".translateEscapes() + "|" + "  x\n    y\n".stripIndent() + "|" + Character.isIdeographic('中') + " " + "a😀b".offsetByCodePoints(0, 2));
        Set<String> s = Collections.newSetFromMap(new LinkedHashMap<>()); s.add("q"); s.add("p"); s.add("q"); System.out.println(s);
        SortedSet<Integer> us = Collections.unmodifiableSortedSet(new TreeSet<>(List.of(3, 1))); System.out.println(us + " " + us.first());
        NavigableMap<Integer, String> nm = Collections.unmodifiableNavigableMap(new TreeMap<>(Map.of(1, "a", 2, "b"))); System.out.println(nm.floorKey(5) + " " + nm.descendingMap());
        Random r = new Random(42); System.out.println(r.nextInt(100) + " " + r.nextLong() + " " + r.nextDouble() + " " + r.nextBoolean() + " " + r.nextGaussian() + " " + r.nextInt(5, 10));
        System.out.println(new Random(7).ints(5, 0, 10).boxed().collect(Collectors.toList()) + " " + new Random(7).longs(2, 0, 100).boxed().collect(Collectors.toList()) + " " + new Random(7).doubles(2).boxed().collect(Collectors.toList()));
        System.out.println(String.valueOf((Object) null) + " " + "abc".indent(2).replace("\n", "$") + " " + "ABC".chars().sum() + " " + "x".compareTo("xy") + " " + "b".repeat(0).isEmpty());
        System.out.println(Integer.compare(3, 5) + " " + Character.compare('b', 'a') + " " + Boolean.compare(true, false) + " " + Integer.valueOf(5).compareTo(7) + " " + "abc".endsWith("bc") + " " + "abc".startsWith("b", 1));
        System.out.println(Character.isJavaIdentifierStart('$') + " " + Character.isJavaIdentifierPart('-') + " " + Character.isUpperCase('É') + " " + Character.toTitleCase('a') + " " + Character.isAlphabetic('1') + " " + Character.MAX_RADIX);
        Map<String, List<Integer>> multi = new TreeMap<>(); multi.computeIfAbsent("a", k -> new ArrayList<>()).add(1); multi.computeIfAbsent("a", k -> new ArrayList<>()).add(2); multi.putIfAbsent("b", new ArrayList<>()); System.out.println(multi);
        Map<String, Integer> hm = new HashMap<>(Map.of("x", 1)); hm.replaceAll((k, v) -> v * 10); hm.forEach((k, v) -> System.out.print(k + "=" + v + " ")); System.out.println(hm.replace("x", 5) + " " + hm.remove("x", 4) + " " + hm);
        List<Integer> li = new ArrayList<>(List.of(5, 3, 8)); li.replaceAll(x -> x + 1); li.removeIf(x -> x == 4); System.out.println(li + " " + li.contains(9) + " " + li.indexOf(9) + " " + li.lastIndexOf(6) + " " + li.subList(0, 1) + " " + li.hashCode() + " " + li.equals(List.of(6, 9)));
        Object[] arr = li.toArray(); Integer[] arr2 = li.toArray(new Integer[0]); System.out.println(arr.length + " " + arr2[1] + " " + Arrays.toString(li.stream().mapToInt(x -> x).toArray()));
        StringBuilder b2 = new StringBuilder(); b2.append("abc", 1, 3).append(new char[]{'x', 'y'}).append(3.5f).appendCodePoint(0x41); System.out.println(b2 + " " + b2.lastIndexOf("y") + " " + b2.capacity() / 1000);
        System.out.println(String.valueOf(Long.MIN_VALUE).length() + " " + Long.toString(255, 16) + " " + Long.parseLong("-ff", 16) + " " + Short.parseShort("123") + " " + Byte.parseByte("-12") + " " + Integer.valueOf("77") + " " + Double.valueOf("2.5"));
        System.out.println(Integer.MAX_VALUE + 1L + " " + Integer.toUnsignedString(-1, 16) + " " + Integer.parseInt("-1010", 2) + " " + Long.toBinaryString(5));
        Optional<Integer> o = Optional.of(5); System.out.println(o.filter(x -> x > 6) + " " + o.flatMap(x -> Optional.of(x * 2)) + " " + o.or(() -> Optional.of(1)).get() + " " + o.stream().count() + " " + Optional.empty().isPresent() + " " + o.orElseThrow());
        OptionalDouble od = IntStream.of().average(); System.out.println(od + " " + od.orElse(-1) + " " + OptionalLong.of(3) + " " + IntStream.of(3, 4).max());
        System.out.println(IntStream.rangeClosed(1, 5).mapToObj(Integer::toString).collect(Collectors.joining("*")) + " " + IntStream.of(1, 2, 3).map(x -> x * x).asLongStream().sum() + " " + IntStream.of(5, 6).asDoubleStream().boxed().collect(Collectors.toList()));
        System.out.println(Stream.of("a", "b", "c").reduce("", String::concat) + " " + Stream.of(1, 2, 3).reduce(Integer::max).get() + " " + Stream.of("x").count() + " " + Stream.concat(Stream.of(1), Stream.of(2)).collect(Collectors.toList()));
        System.out.println(Arrays.asList(1, 2, 3).stream().mapToInt(Integer::intValue).summaryStatistics().getAverage() + " " + Stream.of(1.5, 2.5).mapToDouble(Double::doubleValue).max().getAsDouble() + " " + Collectors.class.getSimpleName());
        System.out.println(Stream.of("bb", "a", "ccc").collect(Collectors.toMap(String::length, x -> x)).values() + " " + Stream.of("bb", "a", "ccc").min(Comparator.naturalOrder()).get() + " " + Stream.of(3, 1, 2).sorted(Collections.reverseOrder()).findFirst().get());
        System.out.println(Stream.of("a,b", "c").flatMap(x -> Arrays.stream(x.split(","))).collect(Collectors.toList()) + " " + IntStream.range(0, 3).flatMap(i -> IntStream.range(0, i)).sum() + " " + Stream.of(1, 2, 3, 4).mapMulti((Integer x, Consumer<Object> sink) -> { if (x % 2 == 0) { sink.accept(x); sink.accept(-x); } }).collect(Collectors.toList()));
    }
}
