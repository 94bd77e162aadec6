// The index exceptions of every kind of list, with each JDK class's own message (ArrayList, LinkedList,
// Vector, CopyOnWriteArrayList, Arrays.asList, List.of, unmodifiable lists, sublists, Stack).
import java.util.*;
import java.util.concurrent.*;
public class ListIndexMessages { 
static void t(String n, List<Integer> l) { for (int i : new int[]{-1, 4}) { try { l.listIterator(i); System.out.println(n+" ok"); } catch (RuntimeException e) { System.out.println(n + " " + e); } }
  try { l.subList(2, 1); } catch (RuntimeException e) { System.out.println(n + " sub " + e); }
  try { l.subList(0, 9); } catch (RuntimeException e) { System.out.println(n + " sub " + e); }
  try { l.subList(-1, 2); } catch (RuntimeException e) { System.out.println(n + " sub " + e); }
  try { l.addAll(7, List.of(1)); } catch (RuntimeException e) { System.out.println(n + " addAll " + e); }
  try { l.get(5); } catch (RuntimeException e) { System.out.println(n + " get " + e); }
  try { l.remove(5); } catch (RuntimeException e) { System.out.println(n + " remove " + e); }
  try { l.set(5, 1); } catch (RuntimeException e) { System.out.println(n + " set " + e); }
  try { l.add(5, 1); } catch (RuntimeException e) { System.out.println(n + " add " + e); }
}
public static void main(String[] a){ 
t("ArrayList", new ArrayList<>(List.of(1,2,3))); t("LinkedList", new LinkedList<>(List.of(1,2,3))); t("Vector", new Vector<>(List.of(1,2,3))); t("COW", new CopyOnWriteArrayList<>(List.of(1,2,3)));
t("asList", Arrays.asList(1,2,3)); t("List.of", List.of(1,2,3)); t("unmod", Collections.unmodifiableList(new ArrayList<>(List.of(1,2,3))));
t("sub", new ArrayList<>(List.of(0,1,2,3,4)).subList(1,4)); t("Stack", new Stack<>()); 
}}
