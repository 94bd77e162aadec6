// CopyOnWriteArrayList reads and writes its array directly: bad indices raise the array's exception, and
// insertion checks with the older "Index: i, Size: n" wording.
import java.util.*;
import java.util.concurrent.CopyOnWriteArrayList;

public class CopyOnWriteIndexes {
    static void attempt(String label, Runnable action) {
        try {
            action.run();
            System.out.println(label + ": ok");
        } catch (RuntimeException e) {
            System.out.println(label + ": " + e.getClass().getName() + ": " + e.getMessage());
        }
    }

    public static void main(String[] args) {
        List<Integer> list = new CopyOnWriteArrayList<>(List.of(1, 2, 3));
        attempt("get 3", () -> list.get(3));
        attempt("get -1", () -> list.get(-1));
        attempt("set 5", () -> list.set(5, 0));
        attempt("remove 3", () -> list.remove(3));
        attempt("add 4", () -> list.add(4, 9));
        attempt("add -1", () -> list.add(-1, 9));
        attempt("add 3", () -> list.add(3, 9));
        attempt("swap", () -> Collections.swap(list, 0, 7));
        System.out.println(list);
        List<Integer> plain = new ArrayList<>(List.of(1, 2, 3));
        attempt("ArrayList get 3", () -> plain.get(3));
        attempt("ArrayList add 4", () -> plain.add(4, 9));
    }
}
