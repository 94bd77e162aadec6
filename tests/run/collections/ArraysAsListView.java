// Arrays.asList is a fixed-size view of its array: writes go through in both directions, structural
// changes throw UnsupportedOperationException, and the list's class is the JDK's Arrays$ArrayList.
import java.util.*;

public class ArraysAsListView {
    public static void main(String[] args) {
        Integer[] numbers = {5, 3, 9, 1, 7};
        List<Integer> view = Arrays.asList(numbers);
        Collections.reverse(view);
        System.out.println(Arrays.toString(numbers) + " " + view);
        view.sort(null);
        System.out.println(Arrays.toString(numbers));
        Collections.sort(view, Comparator.reverseOrder());
        System.out.println(Arrays.toString(numbers));
        Collections.shuffle(view, new Random(7));
        System.out.println(Arrays.toString(numbers));
        Collections.swap(view, 0, 4);
        view.set(2, 100);
        numbers[1] = -1;
        System.out.println(Arrays.toString(numbers) + " " + view + " " + view.get(1));
        view.replaceAll(x -> x * 2);
        System.out.println(Arrays.toString(numbers));
        try {
            view.add(4);
        } catch (UnsupportedOperationException e) {
            System.out.println("add: " + e.getClass().getSimpleName() + " " + e.getMessage());
        }
        try {
            view.remove(0);
        } catch (UnsupportedOperationException e) {
            System.out.println("remove: " + e.getClass().getSimpleName());
        }
        try {
            Iterator<Integer> it = view.iterator();
            it.next();
            it.remove();
        } catch (UnsupportedOperationException e) {
            System.out.println("iterator remove: " + e.getClass().getSimpleName());
        }
        try {
            view.clear();
        } catch (UnsupportedOperationException e) {
            System.out.println("clear: " + e.getClass().getSimpleName());
        }
        try {
            view.get(5);
        } catch (IndexOutOfBoundsException e) {
            System.out.println(e.getClass().getSimpleName() + ": " + e.getMessage());
        }
        Arrays.asList().clear();
        System.out.println(view.getClass().getName() + " " + view.getClass().getSimpleName() + " " + (view instanceof RandomAccess));
        List<Integer> copy = new ArrayList<>(view);
        System.out.println(view.equals(copy) + " " + copy.equals(view) + " " + (view.hashCode() == copy.hashCode()) + " " + view.contains(200) + " " + view.indexOf(-2));
        copy.add(0);
        System.out.println(copy.size() + " " + view.size());
        List<Integer> middle = view.subList(1, 4);
        middle.set(0, 42);
        System.out.println(Arrays.toString(numbers) + " " + middle);
        String[] words = {"pear", "fig", "apple"};
        List<String> wordView = Arrays.asList(words);
        Collections.sort(wordView);
        System.out.println(String.join(",", words) + " " + wordView.toArray().length + " " + wordView.toArray(new String[0])[0]);
        List<String> varargs = Arrays.asList("x", "y");
        varargs.set(1, "z");
        System.out.println(varargs + " " + Arrays.asList(new int[] {1, 2, 3}).size() + " " + Arrays.asList(1, 2, 3).size());
        List<String> listed = new ArrayList<>(Arrays.asList(words));
        listed.add("kiwi");
        System.out.println(listed + " " + Arrays.toString(words));
        for (ListIterator<String> li = wordView.listIterator(); li.hasNext(); ) {
            String w = li.next();
            li.set(w.toUpperCase());
        }
        System.out.println(Arrays.toString(words));
    }
}
