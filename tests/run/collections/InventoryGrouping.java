import java.util.*;
import java.util.stream.*;
public class InventoryGrouping {
    static class Item { final String name, cat; final int qty; final double price;
        Item(String n, String c, int q, double p) { name = n; cat = c; qty = q; price = p; }
        double value() { return qty * price; } public String toString() { return name + "(" + qty + ")"; } }
    public static void main(String[] args) {
        String[] names = {"apple", "banana", "cherry", "date", "elderberry", "fig", "grape", "honeydew", "kiwi", "lemon", "mango", "nectarine", "orange", "papaya", "quince", "raspberry", "strawberry", "tangerine", "ugli", "vanilla", "watermelon", "xigua", "yam", "zucchini"};
        String[] cats = {"fruit", "berry", "citrus", "melon", "other"};
        List<Item> items = new ArrayList<>();
        Random r = new Random(7);
        for (String n : names) items.add(new Item(n, cats[r.nextInt(cats.length)], r.nextInt(50), Math.round(r.nextDouble() * 500) / 100.0));
        Map<String, List<Item>> byCat = new HashMap<>();
        for (Item it : items) byCat.computeIfAbsent(it.cat, k -> new ArrayList<>()).add(it);
        System.out.println(byCat);
        Map<String, Double> valueByCat = items.stream().collect(Collectors.groupingBy(i -> i.cat, Collectors.summingDouble(Item::value)));
        valueByCat.forEach((k, v) -> System.out.printf("%-8s %10.2f%n", k, v));
        Map<Character, Integer> letters = new HashMap<>();
        for (String n : names) for (char c : n.toCharArray()) letters.merge(c, 1, Integer::sum);
        System.out.println(letters);
        Map<Integer, Set<String>> byLen = new HashMap<>();
        for (String n : names) byLen.computeIfAbsent(n.length(), k -> new HashSet<>()).add(n);
        System.out.println(byLen);
        Map<String, Integer> stock = new HashMap<>();
        for (Item it : items) stock.put(it.name, it.qty);
        stock.entrySet().removeIf(e -> e.getValue() < 10);
        System.out.println(stock);
        Map<String, Integer> copy = new HashMap<>(stock);
        copy.replaceAll((k, v) -> v * 2);
        System.out.println(copy + " " + copy.equals(stock) + " " + new TreeMap<>(copy).firstKey());
        Set<String> words = new HashSet<>(Arrays.asList("the quick brown fox jumps over the lazy dog and then some more words appear here".split(" ")));
        System.out.println(words);
        Map<String, Long> freq = Arrays.stream("a b c a b a d e f g h i j k l m n o p a".split(" ")).collect(Collectors.groupingBy(s -> s, Collectors.counting()));
        System.out.println(freq);
        System.out.println(items.stream().collect(Collectors.toMap(i -> i.name.charAt(0), i -> i.qty)));
        System.out.println(items.stream().map(i -> i.cat).collect(Collectors.toSet()));
        Map<Boolean, List<String>> parts = items.stream().collect(Collectors.partitioningBy(i -> i.price > 2.5, Collectors.mapping(i -> i.name, Collectors.toList())));
        System.out.println(parts);
        LinkedHashMap<String, Integer> lhm = new LinkedHashMap<>();
        for (String n : names) lhm.merge(n.substring(0, 1), n.length(), Integer::sum);
        System.out.println(lhm);
        Map<Long, String> longs = new HashMap<>();
        for (long i = 1; i < 30; i++) longs.merge(i * i * i, "c" + i, String::concat);
        System.out.println(longs.keySet());
    }
}
