public class ArrayRuntimeTypes {
    static class Animal {}
    static class Dog extends Animal {}
    static class Cat extends Animal {}

    private static void store(Object[] array, int index, Object value) {
        try {
            array[index] = value;
            System.out.println("stored at " + index);
        } catch (Exception e) {
            System.out.println(e);
        }
    }

    public static void main(String[] args) {
        java.io.PrintStream out = System.out;
        String[] strings = new String[2];
        Object[] objects = new Object[2];
        int[][] grid = new int[2][];
        grid[0] = new int[3];
        Animal[] animals = new Dog[2];
        out.println(strings.getClass().getName());
        out.println(objects.getClass().getName());
        out.println(grid.getClass().getName());
        out.println(animals.getClass().getName());
        out.println(args.getClass().getSimpleName());
        out.println(animals.getClass().getComponentType());
        Object anything = strings;
        out.println(anything instanceof String[]);
        out.println(anything instanceof Object[]);
        out.println(anything instanceof Comparable[]);
        out.println(anything instanceof Integer[]);
        Object plain = objects;
        out.println(plain instanceof String[]);
        Object nested = grid;
        out.println(nested instanceof Object[]);
        out.println(nested instanceof int[][]);
        out.println(nested instanceof long[][]);
        Object pets = animals;
        out.println(pets instanceof Animal[]);
        out.println(pets instanceof Dog[]);
        out.println(pets instanceof Cat[]);
        store(strings, 0, "text");
        store(strings, 1, Integer.valueOf(1));
        store(strings, 1, null);
        store(strings, 2, Integer.valueOf(1));
        store(objects, 1, Integer.valueOf(1));
        store(animals, 0, new Dog());
        store(animals, 1, new Cat());
        try {
            animals[1] = new Cat();
        } catch (Exception e) {
            out.println(e);
        }
        String[] copy = strings.clone();
        out.println(copy.getClass().getName() + " " + copy[0]);
        out.println(copy.getClass() == strings.getClass());
    }
}
