// SplittableSequences: java.util.SplittableRandom's seeded sequences, bounded draws and splits, against the JDK
import java.util.*;

public class SplittableSequences {
    public static void main(String[] args) {
        SplittableRandom r = new SplittableRandom(42);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 5; i++) sb.append(r.nextInt()).append(' ').append(r.nextLong()).append(' ');
        System.out.println(sb);
        sb.setLength(0);
        for (int i = 0; i < 10; i++) sb.append(r.nextInt(10)).append(',').append(r.nextInt(1000000007)).append(',').append(r.nextInt(1 << 16)).append(',').append(r.nextInt(-5, 5)).append(' ');
        System.out.println(sb);
        sb.setLength(0);
        for (int i = 0; i < 6; i++) sb.append(r.nextLong(1000)).append(',').append(r.nextLong(-1000000000000L, 1000000000000L)).append(',').append(r.nextDouble()).append(',').append(r.nextDouble(5.0)).append(',').append(r.nextDouble(-1, 1)).append(',').append(r.nextFloat()).append(',').append(r.nextBoolean()).append(' ');
        System.out.println(sb);
        SplittableRandom child = r.split(), grandchild = child.split();
        System.out.println(r.nextInt() + " " + child.nextInt() + " " + grandchild.nextLong() + " " + child.split().nextInt(100));
        byte[] bytes = new byte[13]; r.nextBytes(bytes); System.out.println(Arrays.toString(bytes));
        int[] counts = new int[6]; SplittableRandom dice = new SplittableRandom(2024); for (int i = 0; i < 6000; i++) counts[dice.nextInt(1, 7) - 1]++; System.out.println(Arrays.toString(counts));
        List<Integer> deck = new ArrayList<>(); for (int i = 0; i < 10; i++) deck.add(i);
        SplittableRandom shuffler = new SplittableRandom(7); for (int i = deck.size() - 1; i > 0; i--) Collections.swap(deck, i, shuffler.nextInt(i + 1)); System.out.println(deck);
        try { r.nextInt(0); } catch (IllegalArgumentException e) { System.out.println(e.getMessage()); }
        try { r.nextInt(5, 5); } catch (IllegalArgumentException e) { System.out.println(e.getMessage()); }
    }
}
