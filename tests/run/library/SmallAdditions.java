// Arrays.parallelPrefix (whole and ranged, every element type), BitSet to and from bytes, Collections.asLifoQueue
// and the empty sorted and navigable collections.
import java.util.*;
import java.util.function.*;

public class SmallAdditions {
    public static void main(String[] args) {
        int[] ints = {1, 2, 3, 4, 5, 6};
        Arrays.parallelPrefix(ints, Integer::sum);
        System.out.println(Arrays.toString(ints));
        int[] ranged = {1, 2, 3, 4, 5, 6};
        Arrays.parallelPrefix(ranged, 1, 4, (a, b) -> a * b);
        System.out.println(Arrays.toString(ranged));
        long[] longs = {5, 3, 8, 1};
        Arrays.parallelPrefix(longs, Math::max);
        System.out.println(Arrays.toString(longs));
        double[] doubles = {1.5, 2.5, 3.0};
        Arrays.parallelPrefix(doubles, (a, b) -> a + b);
        System.out.println(Arrays.toString(doubles));
        String[] words = {"a", "b", "c", "d"};
        Arrays.parallelPrefix(words, (String a, String b) -> a.concat(b));
        System.out.println(Arrays.toString(words));
        Integer[] boxed = {3, 1, 4, 1, 5};
        Arrays.parallelPrefix(boxed, 0, 3, (Integer a, Integer b) -> Math.min(a, b));
        System.out.println(Arrays.toString(boxed));
        int[] empty = {};
        Arrays.parallelPrefix(empty, Integer::sum);
        System.out.println(empty.length);
        try {
            Arrays.parallelPrefix(ints, 4, 2, Integer::sum);
        } catch (IllegalArgumentException e) {
            System.out.println(e.getMessage());
        }
        try {
            Arrays.parallelPrefix(ints, 0, 9, Integer::sum);
        } catch (ArrayIndexOutOfBoundsException e) {
            System.out.println(e.getMessage());
        }
        BitSet bits = new BitSet();
        bits.set(0);
        bits.set(9);
        bits.set(17, 20);
        bits.set(70);
        byte[] bytes = bits.toByteArray();
        System.out.println(bytes.length + " " + Arrays.toString(bytes));
        BitSet back = BitSet.valueOf(bytes);
        System.out.println(back + " " + back.equals(bits) + " " + Arrays.toString(back.toLongArray()));
        System.out.println(BitSet.valueOf(new byte[] {(byte) 0x81, 0, 0}) + " " + new BitSet().toByteArray().length);
        Queue<String> stack = Collections.asLifoQueue(new ArrayDeque<>());
        stack.add("first");
        stack.offer("second");
        stack.add("third");
        System.out.println(stack + " " + stack.peek() + " " + stack.size());
        System.out.println(stack.poll() + " " + stack.remove() + " " + stack + " " + stack.contains("first"));
        SortedSet<Integer> noneSorted = Collections.emptySortedSet();
        NavigableSet<Integer> noneNavigable = Collections.emptyNavigableSet();
        SortedMap<String, Integer> noneMap = Collections.emptySortedMap();
        NavigableMap<String, Integer> noneNavigableMap = Collections.emptyNavigableMap();
        System.out.println(noneSorted + " " + noneNavigable.size() + " " + noneMap + " " + noneNavigableMap.isEmpty() + " " + noneNavigable.ceiling(3) + " " + noneNavigableMap.firstEntry());
        try {
            noneSorted.add(1);
        } catch (UnsupportedOperationException e) {
            System.out.println("unsupported");
        }
    }
}
