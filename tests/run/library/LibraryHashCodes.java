// LibraryHashCodes: the JDK's hashCode of library values, which programs print and which order hash maps
import java.math.*;
import java.time.*;
import java.util.*;

public class LibraryHashCodes {
    public static void main(String[] args) {
        Object[] values = { "", "hello", "Hello, World!", 0, -1, Integer.MAX_VALUE, 5L, -5L, Long.MIN_VALUE, 1.5, -0.0, 0.0, Double.NaN, 1.5f, -0.0f, true, false, 'x', (byte) -3, (short) 300,
            List.of(1, 2, 3), new ArrayList<>(List.of("a", "b")), new LinkedList<>(List.of(1.5)), Set.of(), new HashSet<>(List.of(1, 2, 3)), new TreeSet<>(List.of("x", "y")), Map.of("k", 1), new HashMap<>(Map.of(1, "one", 2, "two")), new TreeMap<>(Map.of("a", List.of(1))),
            Map.entry("key", "value"), new AbstractMap.SimpleEntry<>(3, 4), Optional.of("o"), Optional.empty(), OptionalInt.of(7), new BigInteger("123456789012345678901234567890"), BigInteger.valueOf(-42), new BigDecimal("12.340"), new BigDecimal("-0.5"),
            LocalDate.of(2024, 2, 29), LocalTime.of(13, 45, 10), LocalDateTime.of(2020, 1, 1, 0, 0), Duration.ofMinutes(90), Period.of(1, 2, 3), new StringBuilder("sb").toString(), Collections.emptyList(), Collections.singletonList(null), Arrays.asList(1, null, 3) };
        for (Object v : values) System.out.print(v.hashCode() + " ");
        System.out.println();
        System.out.println(Arrays.hashCode(new int[]{1, 2}) + " " + Arrays.hashCode(new long[]{1L << 40}) + " " + Arrays.hashCode(new double[]{0.1, 0.2}) + " " + Arrays.hashCode(new char[]{'a'}) + " " + Arrays.hashCode(new boolean[]{true, false}) + " " + Arrays.hashCode(new Object[]{"a", 1}) + " " + Arrays.deepHashCode(new int[][]{{1}, {2, 3}}) + " " + Arrays.hashCode((int[]) null));
        System.out.println(Objects.hash() + " " + Objects.hash(1, 2) + " " + Objects.hash((Object) null) + " " + Objects.hashCode("z") + " " + Boolean.hashCode(false) + " " + Double.hashCode(-1.0) + " " + Long.hashCode(-1L) + " " + Float.hashCode(Float.NaN) + " " + Short.hashCode((short) -1) + " " + Byte.hashCode((byte) 1));
        Map<Object, Integer> mixed = new HashMap<>(); for (int i = 0; i < values.length; i++) if (!(values[i] instanceof Collection) && !(values[i] instanceof Map)) mixed.put(values[i], i);
        System.out.println(mixed.values());
    }
}
