import java.util.*;

// Collections together: adjacency lists, a depth-first search, a topological order, grouping, and hash maps
// keyed by longs, doubles (NaN, -0.0) and booleans in the JDK's order.
public class GraphSearch {
  static Map<String, List<String>> edges = new HashMap<>();

  static void edge(String a, String b) {
    edges.computeIfAbsent(a, k -> new ArrayList<>()).add(b);
    edges.computeIfAbsent(b, k -> new ArrayList<>()).add(a);
  }

  static List<String> topo(Map<String, List<String>> deps) {
    Map<String, Integer> indegree = new TreeMap<>();
    for (String k : deps.keySet()) indegree.putIfAbsent(k, 0);
    for (List<String> outs : deps.values()) for (String o : outs) indegree.merge(o, 1, (a, b) -> a + b);
    PriorityQueueLike ready = new PriorityQueueLike();
    for (Map.Entry<String, Integer> e : indegree.entrySet()) if (e.getValue() == 0) ready.add(e.getKey());
    List<String> order = new ArrayList<>();
    while (!ready.isEmpty()) {
      String n = ready.pollFirst();
      order.add(n);
      for (String o : deps.getOrDefault(n, Collections.emptyList())) {
        if (indegree.merge(o, -1, (a, b) -> a + b) == 0) ready.add(o);
      }
    }
    return order;
  }

  static class PriorityQueueLike {
    TreeSet<String> set = new TreeSet<>();
    void add(String s) { set.add(s); }
    boolean isEmpty() { return set.isEmpty(); }
    String pollFirst() { return set.pollFirst(); }
  }

  public static void main(String[] args) {
    String[][] pairs = {{"a", "b"}, {"b", "c"}, {"c", "d"}, {"a", "e"}, {"e", "f"}, {"f", "d"}, {"g", "h"}};
    for (String[] p : pairs) edge(p[0], p[1]);
    System.out.println(edges);
    Set<String> visited = new LinkedHashSet<>();
    Deque<String> stack = new ArrayDeque<>();
    stack.push("a");
    while (!stack.isEmpty()) {
      String n = stack.pop();
      if (!visited.add(n)) continue;
      List<String> next = new ArrayList<>(edges.get(n));
      Collections.sort(next, Collections.reverseOrder());
      for (String m : next) if (!visited.contains(m)) stack.push(m);
    }
    System.out.println("dfs " + visited);
    Map<String, List<String>> deps = new HashMap<>();
    deps.put("app", List.of("lib", "util"));
    deps.put("lib", List.of("core"));
    deps.put("util", List.of("core", "log"));
    deps.put("core", new ArrayList<>());
    System.out.println("topo " + topo(deps));
    Map<Integer, Set<String>> byLength = new TreeMap<>(Comparator.reverseOrder());
    for (String w : "a bb ccc dd e fff gggg hh".split(" ")) byLength.computeIfAbsent(w.length(), k -> new TreeSet<>()).add(w);
    System.out.println(byLength);
    StringBuilder sb = new StringBuilder();
    for (Map.Entry<Integer, Set<String>> e : byLength.entrySet()) sb.append(String.format("%-3d%s%n", e.getKey(), String.join("|", e.getValue())));
    System.out.print(sb);
    List<int[]> points = new ArrayList<>();
    for (int i = 0; i < 6; i++) points.add(new int[]{(i * 7) % 5, (i * 3) % 4});
    points.sort((p, q) -> p[0] != q[0] ? Integer.compare(p[0], q[0]) : Integer.compare(q[1], p[1]));
    for (int[] p : points) System.out.print("(" + p[0] + "," + p[1] + ")");
    System.out.println();
    Map<Boolean, List<Integer>> parts = new HashMap<>();
    for (int i = 1; i <= 10; i++) parts.computeIfAbsent(i % 3 == 0, k -> new ArrayList<>()).add(i * i);
    System.out.println(parts);
    Map<Long, Double> m2 = new HashMap<>();
    for (long i = 1; i <= 5; i++) m2.put(i * 1000000007L, i / 4.0);
    System.out.println(m2);
    Map<Double, String> m3 = new HashMap<>();
    m3.put(0.5, "half"); m3.put(-0.0, "negzero"); m3.put(0.0, "zero"); m3.put(Double.NaN, "nan"); m3.put(1e100, "big");
    System.out.println(m3 + " " + m3.get(Double.NaN));
  }
}
