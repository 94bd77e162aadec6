import java.util.*;
import java.util.function.Function;
import java.util.function.ToIntFunction;

// java.util.PriorityQueue: the JDK's binary heap, so that iteration and toString show the elements in the
// JVM's array order; Dijkstra's shortest paths, the k largest values, and a queue ordered by a Comparator.
public class PriorityQueues {
  static final class Task {
    final String name;
    final int priority;
    Task(String name, int priority) { this.name = name; this.priority = priority; }
    public String toString() { return name + ":" + priority; }
  }

  static int[] dijkstra(int[][][] graph, int source) {
    int[] dist = new int[graph.length];
    Arrays.fill(dist, Integer.MAX_VALUE);
    dist[source] = 0;
    Comparator<int[]> byDistance = (a, b) -> Integer.compare(a[1], b[1]);
    PriorityQueue<int[]> queue = new PriorityQueue<>(byDistance);
    queue.add(new int[]{source, 0});
    while (!queue.isEmpty()) {
      int[] top = queue.poll();
      int node = top[0];
      if (top[1] > dist[node]) continue;
      for (int[] edge : graph[node]) {
        int next = edge[0];
        int candidate = dist[node] + edge[1];
        if (candidate < dist[next]) {
          dist[next] = candidate;
          queue.add(new int[]{next, candidate});
        }
      }
    }
    return dist;
  }

  public static void main(String[] args) {
    PriorityQueue<Integer> numbers = new PriorityQueue<>();
    int[] input = {42, 7, 19, 3, 88, 21, 5, 64, 1, 33};
    for (int x : input) numbers.add(x);
    System.out.println(numbers + " " + numbers.size() + " " + numbers.peek());
    numbers.remove(19);
    numbers.remove(1000);
    System.out.println(numbers + " " + numbers.contains(64));
    StringBuilder order = new StringBuilder();
    while (!numbers.isEmpty()) order.append(numbers.poll()).append(' ');
    System.out.println(order.toString().trim() + " " + numbers.poll());
    PriorityQueue<Integer> largest = new PriorityQueue<>();
    for (int x : input) {
      largest.offer(x);
      if (largest.size() > 3) largest.poll();
    }
    System.out.println("top 3 " + largest);
    PriorityQueue<String> reversed = new PriorityQueue<>(Comparator.reverseOrder());
    for (String w : "pear fig apple kiwi banana".split(" ")) reversed.add(w);
    System.out.println(reversed + " " + reversed.poll() + " " + reversed);
    ToIntFunction<Task> priority = t -> t.priority;
    Function<Task, String> name = t -> t.name;
    PriorityQueue<Task> tasks = new PriorityQueue<>(Comparator.comparingInt(priority).thenComparing(name));
    tasks.add(new Task("write", 2)); tasks.add(new Task("test", 1)); tasks.add(new Task("ship", 3)); tasks.add(new Task("plan", 1));
    List<Task> done = new ArrayList<>();
    while (!tasks.isEmpty()) done.add(tasks.poll());
    System.out.println(done);
    PriorityQueue<Integer> heapified = new PriorityQueue<>(List.of(9, 4, 7, 1, 8, 2, 6));
    System.out.println(heapified);
    Iterator<Integer> it = heapified.iterator();
    while (it.hasNext()) if (it.next() % 2 == 0) it.remove();
    System.out.println(heapified);
    int[][][] graph = {
      {{1, 4}, {2, 1}}, {{3, 1}}, {{1, 2}, {3, 5}}, {{4, 3}}, {}
    };
    System.out.println(Arrays.toString(dijkstra(graph, 0)));
    try { new PriorityQueue<Integer>().add(null); } catch (NullPointerException e) { System.out.println("NPE"); }
  }
}
