// java.util.Date at fixed instants (printing, fields, ordering), EventObject, an AbstractSequentialList of a
// program's own, and InheritableThreadLocal.
import java.util.*;

public class DatesEventsAndSequentialLists {
    static class Chain<E> extends AbstractSequentialList<E> {
        private final ArrayList<E> items = new ArrayList<>();

        @Override
        public ListIterator<E> listIterator(int index) {
            return items.listIterator(index);
        }

        @Override
        public int size() {
            return items.size();
        }
    }

    static class Click extends EventObject {
        final int x;

        Click(Object source, int x) {
            super(source);
            this.x = x;
        }
    }

    @SuppressWarnings("deprecation")
    public static void main(String[] args) {
        long[] instants = {0L, 1700000000123L, -1L, 951782400000L, 4102444799999L, 86399999L, -86400000L};
        for (long t : instants) {
            Date d = new Date(t);
            System.out.println(d + " " + d.getTime() + " " + d.hashCode() + " " + d.getYear() + " " + d.getMonth() + " " + d.getDate() + " " + d.getDay() + " " + d.getHours() + ":" + d.getMinutes() + ":" + d.getSeconds());
        }
        Date a = new Date(1000L);
        Date b = new Date(2000L);
        System.out.println(a.before(b) + " " + a.after(b) + " " + a.compareTo(b) + " " + b.compareTo(a) + " " + a.equals(new Date(1000L)) + " " + a.equals(b));
        Date c = (Date) a.clone();
        c.setTime(5000L);
        System.out.println(a.getTime() + " " + c.getTime() + " " + new Date(100, 1, 29) + " " + new Date(99, 11, 31, 23, 59, 60) + " " + new Date(120, 13, 1, 25, 0));
        List<Date> dates = new ArrayList<>(List.of(new Date(300L), new Date(100L), new Date(200L)));
        Collections.sort(dates);
        StringBuilder order = new StringBuilder();
        for (Date d : dates) order.append(d.getTime()).append(' ');
        System.out.println(order.toString().trim() + " " + (new Date().getTime() > 1600000000000L));

        Click click = new Click("button", 42);
        System.out.println(click.getSource() + " " + click.x + " " + click.toString().startsWith("DatesEventsAndSequentialLists$Click[source=button]"));
        try {
            new EventObject(null);
        } catch (IllegalArgumentException e) {
            System.out.println(e.getMessage());
        }

        Chain<String> chain = new Chain<>();
        chain.add("a");
        chain.add("c");
        chain.add(1, "b");
        chain.addAll(List.of("d", "e"));
        System.out.println(chain + " " + chain.size() + " " + chain.get(2) + " " + chain.indexOf("d") + " " + chain.contains("z"));
        System.out.println(chain.set(0, "A") + " " + chain.remove(4) + " " + chain + " " + chain.subList(1, 3));
        ListIterator<String> back = chain.listIterator(chain.size());
        StringBuilder reversed = new StringBuilder();
        while (back.hasPrevious()) reversed.append(back.previous());
        System.out.println(reversed + " " + chain.equals(List.of("A", "b", "c", "d")) + " " + chain.hashCode());
        try {
            chain.get(10);
        } catch (IndexOutOfBoundsException e) {
            System.out.println(e.getClass().getSimpleName());
        }
        chain.removeIf(s -> s.equals("b"));
        System.out.println(chain);

        InheritableThreadLocal<String> local = new InheritableThreadLocal<>();
        System.out.println(local.get());
        local.set("main value");
        System.out.println(local.get());
    }
}
