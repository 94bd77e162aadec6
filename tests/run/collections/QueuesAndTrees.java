import java.util.*;

// ArrayDeque, LinkedList, Stack, TreeMap, TreeSet, LinkedHashMap and LinkedHashSet: a breadth-first search, bracket matching, navigation and ordering.
public class QueuesAndTrees {
  static int bfs(int[][] grid, int sr, int sc, int tr, int tc) {
    int rows = grid.length, cols = grid[0].length;
    int[][] dist = new int[rows][cols];
    for (int[] row : dist) Arrays.fill(row, -1);
    Deque<int[]> queue = new ArrayDeque<>();
    queue.add(new int[]{sr, sc});
    dist[sr][sc] = 0;
    int[] dr = {1, -1, 0, 0}, dc = {0, 0, 1, -1};
    while (!queue.isEmpty()) {
      int[] cur = queue.poll();
      if (cur[0] == tr && cur[1] == tc) return dist[tr][tc];
      for (int d = 0; d < 4; d++) {
        int nr = cur[0] + dr[d], nc = cur[1] + dc[d];
        if (nr >= 0 && nr < rows && nc >= 0 && nc < cols && grid[nr][nc] == 0 && dist[nr][nc] < 0) {
          dist[nr][nc] = dist[cur[0]][cur[1]] + 1;
          queue.add(new int[]{nr, nc});
        }
      }
    }
    return -1;
  }

  static boolean balanced(String s) {
    Stack<Character> stack = new Stack<>();
    for (char c : s.toCharArray()) {
      if (c == '(' || c == '[' || c == '{') stack.push(c);
      else if (c == ')' || c == ']' || c == '}') {
        if (stack.isEmpty()) return false;
        char open = stack.pop();
        if ((c == ')' && open != '(') || (c == ']' && open != '[') || (c == '}' && open != '{')) return false;
      }
    }
    return stack.empty();
  }

  public static void main(String[] args) {
    int[][] grid = {{0, 0, 0, 1}, {1, 1, 0, 1}, {0, 0, 0, 0}, {0, 1, 1, 0}};
    System.out.println("bfs " + bfs(grid, 0, 0, 3, 3) + " " + bfs(grid, 0, 0, 3, 0));
    System.out.println(balanced("{[()()]}") + " " + balanced("([)]") + " " + balanced("((") );
    ArrayDeque<Integer> deque = new ArrayDeque<>();
    for (int i = 0; i < 20; i++) { if (i % 2 == 0) deque.addFirst(i); else deque.addLast(i); }
    System.out.println(deque + " " + deque.size() + " " + deque.peekFirst() + " " + deque.peekLast());
    System.out.println(deque.pollFirst() + " " + deque.pollLast() + " " + deque.pop() + " " + deque.removeLast() + " " + deque);
    deque.push(100);
    System.out.println(deque.peek() + " " + deque.contains(7) + " " + deque.contains(1000));
    LinkedList<String> linked = new LinkedList<>(List.of("b", "c"));
    linked.addFirst("a"); linked.addLast("d"); linked.add(2, "x");
    System.out.println(linked + " " + linked.get(2) + " " + linked.indexOf("d") + " " + linked.getFirst() + linked.getLast());
    linked.remove("x"); linked.removeFirst(); linked.set(0, "B");
    System.out.println(linked + " " + linked.poll() + " " + linked.size() + " " + linked.peekLast());
    Queue<String> q = new LinkedList<>();
    q.offer("one"); q.offer("two");
    System.out.println(q.peek() + " " + q.poll() + " " + q.poll() + " " + q.poll());
    TreeMap<String, Integer> tree = new TreeMap<>();
    String[] words = {"pear", "apple", "fig", "kiwi", "banana", "cherry", "apple"};
    for (String w : words) tree.merge(w, 1, (x, y) -> x + y);
    System.out.println(tree + " " + tree.firstKey() + " " + tree.lastKey() + " " + tree.floorKey("c") + " " + tree.ceilingKey("c") + " " + tree.higherKey("kiwi") + " " + tree.lowerKey("apple"));
    System.out.println(tree.headMap("fig") + " " + tree.tailMap("fig") + " " + tree.firstEntry() + " " + tree.pollLastEntry() + " " + tree);
    for (Map.Entry<String, Integer> e : tree.entrySet()) System.out.print(e.getKey().charAt(0));
    System.out.println();
    TreeMap<Integer, String> desc = new TreeMap<>(Comparator.reverseOrder());
    for (int i = 0; i < 6; i++) desc.put(i * 7 % 5, "v" + i);
    System.out.println(desc + " " + desc.keySet() + " " + desc.values());
    TreeSet<Integer> ts = new TreeSet<>(List.of(5, 1, 9, 3, 7));
    System.out.println(ts + " " + ts.first() + " " + ts.last() + " " + ts.floor(4) + " " + ts.ceiling(4) + " " + ts.higher(9) + " " + ts.headSet(5) + " " + ts.tailSet(5) + " " + ts.descendingSet());
    System.out.println(ts.pollFirst() + " " + ts.pollLast() + " " + ts + " " + ts.contains(3));
    LinkedHashMap<String, Integer> lhm = new LinkedHashMap<>();
    for (String w : words) lhm.put(w, w.length());
    lhm.remove("fig");
    lhm.put("fig", 0);
    System.out.println(lhm + " " + lhm.keySet() + " " + lhm.values());
    LinkedHashSet<Character> chars = new LinkedHashSet<>();
    for (char c : "hello world".toCharArray()) chars.add(c);
    System.out.println(chars + " " + chars.size());
    Map<String, Integer> tm = new TreeMap<>(lhm);
    System.out.println(tm + " " + tm.equals(lhm) + " " + (tm.hashCode() == lhm.hashCode()));
    try { new ArrayDeque<Integer>().removeFirst(); } catch (NoSuchElementException e) { System.out.println("NoSuchElementException"); }
    try { new Stack<Integer>().pop(); } catch (EmptyStackException e) { System.out.println("EmptyStackException"); }
    try { new TreeMap<String, Integer>().firstKey(); } catch (NoSuchElementException e) { System.out.println("NoSuchElementException"); }
  }
}
