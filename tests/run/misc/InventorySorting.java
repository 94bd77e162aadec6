import java.util.Arrays;
import java.util.Comparator;

public class InventorySorting {
    static class Item {
        final String name;
        final int quantity;
        final double price;
        Item(String name, int quantity, double price) { this.name = name; this.quantity = quantity; this.price = price; }
        double value() { return quantity * price; }
        public String toString() { return String.format("%-8s %3d x %6.2f = %8.2f", name, quantity, price, value()); }
    }

    public static void main(String[] args) {
        Item[] items = {
            new Item("bolts", 120, 0.15), new Item("gears", 8, 12.5), new Item("springs", 45, 0.9),
            new Item("motors", 2, 89.99), new Item("belts", 8, 7.25), new Item("axles", 15, 4.0)
        };
        Arrays.sort(items, (x, y) -> x.name.compareTo(y.name));
        System.out.println("by name:");
        for (Item i : items) System.out.println(i);
        Arrays.sort(items, (x, y) -> Double.compare(y.value(), x.value()));
        System.out.println("by value:");
        for (Item i : items) System.out.println(i);
        Comparator<Item> byQuantity = (x, y) -> Integer.compare(x.quantity, y.quantity);
        Arrays.sort(items, byQuantity.reversed());
        System.out.println("by quantity, descending (stable):");
        for (Item i : items) System.out.println(i.name + " " + i.quantity);
        double total = 0;
        for (Item i : items) total += i.value();
        System.out.printf("total %.2f%n", total);
    }
}
