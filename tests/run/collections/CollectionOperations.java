import java.util.*;

// List.of, Set.of, Collections' helpers, null keys and values, Map's default methods, set algebra, views and their removal, exceptions.
public class CollectionOperations {
  public static void main(String[] args) {
    List<String> fixed = List.of("delta", "alpha", "charlie", "bravo");
    List<String> names = new ArrayList<>(fixed);
    Collections.sort(names);
    System.out.println(names + " " + Collections.max(names) + " " + Collections.min(names) + " " + names.equals(fixed));
    Collections.reverse(names);
    Collections.swap(names, 0, 3);
    System.out.println(names + " " + Collections.frequency(names, "alpha") + " " + Collections.nCopies(3, "ab"));
    Iterator<String> it = names.iterator();
    while (it.hasNext()) if (it.next().startsWith("c")) it.remove();
    System.out.println(names + " " + names.size());
    names.forEach(n -> System.out.print(n.toUpperCase() + ";"));
    System.out.println();
    Map<Integer, String> map = new HashMap<>();
    map.put(null, "none");
    map.put(3, null);
    map.put(17, "seventeen");
    map.put(-1, "minus");
    System.out.println(map + " " + map.get(null) + " " + map.containsKey(3) + " " + map.get(3) + " " + map.getOrDefault(3, "dflt") + " " + map.getOrDefault(4, "dflt"));
    System.out.println(map.putIfAbsent(3, "three") + " " + map.putIfAbsent(17, "x") + " " + map);
    map.computeIfPresent(17, (k, v) -> v + k);
    map.compute(-1, (k, v) -> null);
    map.compute(40, (k, v) -> v == null ? "new" : v);
    System.out.println(map + " " + map.containsValue("new") + " " + map.containsValue("zzz"));
    for (Map.Entry<Integer, String> e : map.entrySet()) if (e.getKey() != null && e.getKey() > 10) e.setValue(e.getValue() + "!");
    StringBuilder seen = new StringBuilder();
    map.forEach((k, v) -> seen.append(k).append("->").append(v).append(' '));
    System.out.println(seen.toString().trim());
    map.keySet().remove(null);
    System.out.println(map.keySet() + " " + map.values() + " " + map.size());
    Map<Integer, String> copy = new HashMap<>(map);
    System.out.println(copy.equals(map) + " " + (copy.hashCode() == map.hashCode()));
    copy.put(1000, "k");
    System.out.println(copy.equals(map) + " " + copy.remove(1000) + " " + copy.remove(1000));
    Set<String> a = new HashSet<>(Arrays.asList("x", "y", "z", "w"));
    Set<String> b = new HashSet<>(Set.of("y", "z", "q"));
    Set<String> union = new HashSet<>(a); union.addAll(b);
    Set<String> inter = new HashSet<>(a); inter.retainAll(b);
    Set<String> diff = new HashSet<>(a); diff.removeAll(b);
    System.out.println(union + " " + inter + " " + diff + " " + a.containsAll(inter) + " " + inter.containsAll(a));
    Object[] arr = union.toArray();
    System.out.println(arr.length + " " + Arrays.toString(arr));
    List<Integer> nums = new ArrayList<>();
    for (int i = 0; i < 10; i++) nums.add(i);
    System.out.println(nums.subList(2, 5) + " " + nums.indexOf(7) + " " + nums.contains(11));
    try { nums.get(10); } catch (IndexOutOfBoundsException e) { System.out.println(e.getMessage()); }
    try { new ArrayList<String>().iterator().next(); } catch (NoSuchElementException e) { System.out.println("NoSuchElementException"); }
    try { List.of("a", null); } catch (NullPointerException e) { System.out.println("NPE"); }
    Map<String, List<Integer>> groups = new HashMap<>();
    for (int i = 0; i < 12; i++) groups.computeIfAbsent(i % 3 == 0 ? "three" : i % 2 == 0 ? "even" : "odd", k -> new ArrayList<>()).add(i);
    System.out.println(groups);
    Map<Character, Integer> letters = new HashMap<>();
    for (char c : "mississippi".toCharArray()) letters.merge(c, 1, (x, y) -> x + y);
    System.out.println(letters);
  }
}
