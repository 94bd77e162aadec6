import java.util.*;

// ArrayList, HashMap and HashSet: insertion, removal, iteration in the JDK's hash order, sorting, hashCode and equals.
public class ListsAndMaps {
  public static void main(String[] args) {
    List<Integer> list = new ArrayList<>();
    for (int i = 0; i < 12; i++) list.add(i * i % 7);
    System.out.println(list + " " + list.size() + " " + list.get(3) + " " + list.contains(4) + " " + list.indexOf(2) + " " + list.lastIndexOf(2));
    list.remove(0);
    list.remove(Integer.valueOf(4));
    list.add(0, 99);
    list.set(1, -5);
    System.out.println(list);
    int sum = 0;
    for (int x : list) sum += x;
    System.out.println("sum " + sum);
    list.sort(null);
    System.out.println(list);
    list.sort((a, b) -> b - a);
    System.out.println(list);
    list.removeIf(x -> x % 2 == 0);
    System.out.println(list + " " + list.isEmpty());
    Map<String, Integer> counts = new HashMap<>();
    String text = "the quick brown fox jumps over the lazy dog the end";
    for (String w : text.split(" ")) counts.put(w, counts.getOrDefault(w, 0) + 1);
    System.out.println(counts);
    System.out.println(counts.get("the") + " " + counts.get("cat") + " " + counts.containsKey("fox") + " " + counts.size());
    for (Map.Entry<String, Integer> e : counts.entrySet()) System.out.print(e.getKey() + ":" + e.getValue() + " ");
    System.out.println();
    for (String k : counts.keySet()) System.out.print(k.length());
    System.out.println();
    counts.remove("the");
    counts.merge("dog", 10, (a, b) -> a + b);
    counts.computeIfAbsent("cat", k -> k.length());
    System.out.println(counts + " " + counts.values());
    Set<Integer> set = new HashSet<>();
    for (int i = 0; i < 40; i += 3) set.add(i % 17);
    System.out.println(set + " " + set.size() + " " + set.contains(5) + " " + set.contains(100));
    Map<Integer, String> big = new HashMap<>();
    for (int i = 0; i < 100; i++) big.put(i * 37 % 101, "v" + i);
    StringBuilder keys = new StringBuilder();
    for (int k : big.keySet()) keys.append(k).append(',');
    System.out.println(keys);
    System.out.println(big.hashCode() + " " + list.hashCode() + " " + set.hashCode() + " " + list.equals(new ArrayList<>(list)));
    Iterator<Integer> it = set.iterator();
    while (it.hasNext()) if (it.next() % 2 == 0) it.remove();
    System.out.println(set);
    List<String> words = new ArrayList<>(Arrays.asList("pear", "apple", "fig"));
    Collections.sort(words);
    System.out.println(words);
  }
}
