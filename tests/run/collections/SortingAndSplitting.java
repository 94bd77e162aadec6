// Sorting as the JDK sorts: objects stably (equal keys keep their order, with and without a comparator, a null
// comparator meaning natural order), ranges, ints of every shape (sorted, reversed, organ pipes, few distinct
// values, extremes), ClassCastException for objects that are not Comparable; and String.split on one literal
// character (`,`, `\\.`, `\\|`) with every limit, which takes a path without the regular expression engine.
import java.util.*;

public class SortingAndSplitting {
    static final class Item {
        final String key; final int order;
        Item(String key, int order) { this.key = key; this.order = order; }
        public String toString() { return key + order; }
    }
    static long checksum(int[] a) { long s = 0; for (int i = 0; i < a.length; i++) s = s * 31 + a[i] * (long) (i + 1); return s; }
    static boolean sorted(int[] a) { for (int i = 1; i < a.length; i++) if (a[i - 1] > a[i]) return false; return true; }
    public static void main(String[] args) {
        Random random = new Random(2024);
        List<Item> items = new ArrayList<>();
        for (int i = 0; i < 200; i++) items.add(new Item(String.valueOf((char) ('a' + random.nextInt(5))), i));
        List<Item> byKey = new ArrayList<>(items);
        byKey.sort(Comparator.comparing((Item item) -> item.key));
        boolean stable = true;
        for (int i = 1; i < byKey.size(); i++) if (byKey.get(i - 1).key.equals(byKey.get(i).key) && byKey.get(i - 1).order > byKey.get(i).order) stable = false;
        System.out.println("stable: " + stable + " first " + byKey.subList(0, 5) + " last " + byKey.subList(195, 200));
        Item[] reversed = items.toArray(new Item[0]);
        Arrays.sort(reversed, Comparator.comparing((Item item) -> item.key).reversed());
        System.out.println("reversed: " + Arrays.asList(reversed).subList(0, 6));
        String[] words = "the quick brown fox jumps over the lazy dog and the cat".split(" ");
        String[] natural = words.clone();
        Arrays.sort(natural, null);
        System.out.println(Arrays.toString(natural));
        Arrays.sort(words, 2, 9);
        System.out.println(Arrays.toString(words));
        Arrays.sort(words, 0, 12, Comparator.comparing(String::length));
        System.out.println(Arrays.toString(words));
        Integer[] boxed = new Integer[1000];
        for (int i = 0; i < boxed.length; i++) boxed[i] = random.nextInt(100) - 50;
        Integer[] copy = boxed.clone();
        Arrays.sort(copy);
        System.out.println("boxed " + copy[0] + " " + copy[500] + " " + copy[999] + " " + Arrays.equals(copy, Arrays.stream(boxed).sorted().toArray(k -> new Integer[k])));
        List<Integer> sortedAlready = new ArrayList<>();
        for (int i = 0; i < 5000; i++) sortedAlready.add(i / 3);
        Collections.sort(sortedAlready);
        System.out.println("already sorted " + sortedAlready.get(4999) + " " + sortedAlready.equals(new ArrayList<>(new TreeSet<>(sortedAlready))));
        try { Arrays.sort(new Object[] {new Object(), new Object()}); } catch (ClassCastException e) { System.out.println("not comparable: " + e.getClass().getSimpleName()); }
        Arrays.sort(new Object[] {new Object()});
        System.out.println("one object needs no comparison");
        int[][] shapes = new int[8][];
        int n = 20000;
        shapes[0] = new int[n]; for (int i = 0; i < n; i++) shapes[0][i] = random.nextInt();
        shapes[1] = new int[n]; for (int i = 0; i < n; i++) shapes[1][i] = i;
        shapes[2] = new int[n]; for (int i = 0; i < n; i++) shapes[2][i] = n - i;
        shapes[3] = new int[n]; for (int i = 0; i < n; i++) shapes[3][i] = i < n / 2 ? i : n - i;
        shapes[4] = new int[n]; for (int i = 0; i < n; i++) shapes[4][i] = random.nextInt(3);
        shapes[5] = new int[n]; for (int i = 0; i < n; i++) shapes[5][i] = i % 2 == 0 ? Integer.MIN_VALUE : Integer.MAX_VALUE;
        shapes[6] = new int[] {5};
        shapes[7] = new int[0];
        for (int[] shape : shapes) {
            int[] expected = shape.clone();
            Arrays.sort(shape);
            System.out.println("ints " + shape.length + " sorted " + sorted(shape) + " checksum " + checksum(shape));
        }
        int[] part = {9, 8, 7, 6, 5, 4, 3, 2, 1, 0};
        Arrays.sort(part, 3, 7);
        System.out.println(Arrays.toString(part));
        try { Arrays.sort(part, 5, 2); } catch (IllegalArgumentException e) { System.out.println(e.getMessage()); }
        try { Arrays.sort(part, -1, 2); } catch (ArrayIndexOutOfBoundsException e) { System.out.println(e.getMessage()); }
        String[] texts = {"", ",", "a,b,,c,,", ",a", "a.b.c", "x|y|z", "no separator here", "1,2,3,4,5"};
        String[] separators = {",", "\\.", "\\|", "|", " ", "\\s"};
        for (String text : texts) {
            StringBuilder line = new StringBuilder(text.isEmpty() ? "(empty)" : text);
            for (String separator : separators)
                for (int limit : new int[] {0, -1, 2}) line.append(" ").append(separator).append(limit).append("=").append(Arrays.toString(text.split(separator, limit)));
            System.out.println(line);
        }
    }
}
