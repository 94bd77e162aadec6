// The object sort calls the comparator as the JDK's TimSort does: the same pairs in the same order,
// counted and hashed here over many sizes and shapes (random, sorted, reversed, runs, few distinct keys).
import java.util.*;

public class SortComparisons {
    static long calls;
    static long trace;

    static final Comparator<Integer> LOGGING = (Integer a, Integer b) -> {
        calls++;
        trace = trace * 31 + a * 7 + b;
        return Integer.compare(a, b);
    };

    static Integer[] shape(int kind, int n, Random random) {
        Integer[] values = new Integer[n];
        for (int i = 0; i < n; i++) {
            switch (kind) {
                case 0: values[i] = random.nextInt(1000); break;
                case 1: values[i] = i; break;
                case 2: values[i] = n - i; break;
                case 3: values[i] = (i / 10) % 2 == 0 ? i : n - i; break;
                case 4: values[i] = random.nextInt(4); break;
                case 5: values[i] = i % 7 == 0 ? random.nextInt(n + 1) : i; break;
                default: values[i] = (i * 37) % 101; break;
            }
        }
        return values;
    }

    public static void main(String[] args) {
        Random random = new Random(7);
        int[] sizes = {0, 1, 2, 3, 5, 8, 16, 31, 32, 33, 63, 64, 65, 100, 127, 200, 257, 500, 1000, 2049, 5000};
        for (int kind = 0; kind < 7; kind++) {
            StringBuilder line = new StringBuilder("shape " + kind + ":");
            for (int n : sizes) {
                Integer[] values = shape(kind, n, random);
                calls = 0;
                trace = 0;
                Arrays.sort(values, LOGGING);
                line.append(' ').append(calls).append('/').append(Long.toHexString(trace & 0xffff));
            }
            System.out.println(line);
        }
        // Natural order goes through compareTo, which the same sequence reaches.
        List<String> words = new ArrayList<>();
        for (int i = 0; i < 300; i++) words.add(Integer.toString(random.nextInt(100000), 36));
        List<String> order = new ArrayList<>();
        Collections.sort(words, (String a, String b) -> {
            if (order.size() < 12) order.add(a + "<>" + b);
            return a.compareTo(b);
        });
        System.out.println(order);
        System.out.println(words.subList(0, 10));
        // Stability: equal keys keep their order.
        List<String> pairs = new ArrayList<>();
        for (int i = 0; i < 80; i++) pairs.add((char) ('a' + random.nextInt(3)) + "" + i);
        pairs.sort(Comparator.comparing((String s) -> s.charAt(0)));
        System.out.println(pairs);
        // An inconsistent comparator leaves the elements where the JDK's does.
        Integer[] chaos = shape(0, 40, random);
        Random coin = new Random(3);
        try {
            Arrays.sort(chaos, (Integer a, Integer b) -> coin.nextInt(3) - 1);
            System.out.println(Arrays.toString(chaos));
        } catch (IllegalArgumentException e) {
            System.out.println(e.getMessage());
        }
        int violations = 0;
        for (int trial = 0; trial < 200; trial++) {
            Integer[] big = shape(0, 600, random);
            Random flip = new Random(trial);
            try {
                Arrays.sort(big, (Integer a, Integer b) -> flip.nextInt(10) == 0 ? 1 : Integer.compare(a, b));
            } catch (IllegalArgumentException e) {
                violations++;
            }
        }
        System.out.println("contract violations: " + violations);
        // Ranges and the Comparable path.
        Integer[] ranged = shape(0, 120, random);
        Arrays.sort(ranged, 10, 90);
        System.out.println(Arrays.toString(Arrays.copyOfRange(ranged, 5, 20)));
    }
}
