// System.arraycopy between reference arrays of different types: the JVM checks each element against the
// destination's element type, copies the elements before the first misfit, and names the types in its
// ArrayStoreException as it does ("element type mismatch" when some elements could fit, "type mismatch"
// when none can).
public class ArraycopyStoreChecks {
    interface Shape { String name(); }
    static class Circle implements Shape { public String name() { return "circle"; } }
    static class Square implements Shape { public String name() { return "square"; } }
    static final class Disc extends Circle { public String name() { return "disc"; } }

    static String show(Object[] array) {
        StringBuilder text = new StringBuilder("[");
        for (int i = 0; i < array.length; i++) {
            if (i > 0) text.append(", ");
            Object element = array[i];
            text.append(element == null ? "null" : element instanceof Shape ? ((Shape) element).name() : element.toString());
        }
        return text.append("]").toString();
    }

    static void copy(Object source, int sourcePosition, Object destination, int destinationPosition, int length) {
        try {
            System.arraycopy(source, sourcePosition, destination, destinationPosition, length);
            System.out.println("copied " + length);
        } catch (ArrayStoreException e) {
            System.out.println("ArrayStoreException: " + e.getMessage());
        } catch (IndexOutOfBoundsException e) {
            System.out.println("IndexOutOfBoundsException: " + e.getMessage());
        }
    }

    public static void main(String[] args) {
        Shape[] shapes = { new Circle(), new Disc(), new Square(), new Circle() };
        Circle[] circles = new Circle[4];
        copy(shapes, 0, circles, 0, 4);
        System.out.println(show(circles));
        for (Circle circle : circles) System.out.println(circle == null ? "empty" : circle.name());
        copy(shapes, 0, circles, 2, 2);
        System.out.println(show(circles));
        copy(shapes, 3, circles, 0, 1);
        System.out.println(show(circles));

        Square[] squares = { new Square(), null };
        copy(squares, 0, new Circle[2], 0, 2);
        copy(squares, 1, circles, 0, 1);
        System.out.println(show(circles));
        copy(squares, 0, circles, 0, 0);

        Disc[] discs = { new Disc(), null, new Disc() };
        copy(discs, 0, circles, 1, 3);
        System.out.println(show(circles));
        copy(discs, 0, shapes, 0, 3);
        System.out.println(show(shapes));
        Object[] objects = new Object[3];
        copy(discs, 0, objects, 0, 3);
        copy(new Object[] { new Disc(), "text" }, 0, discs, 0, 2);
        System.out.println(show(discs));
        copy(new Object[] { "a", null, 7 }, 0, new String[3], 0, 3);

        Object[] rows = { new int[] { 1 }, new int[] { 2 }, new long[] { 3 } };
        int[][] ints = new int[3][];
        copy(rows, 0, ints, 0, 3);
        System.out.println(ints[0][0] + " " + ints[1][0] + " " + (ints[2] == null));
        copy(ints, 0, new long[2][], 0, 2);
        copy(ints, 0, new Object[3], 0, 3);

        String[] words = { "one", "two", "three", "four" };
        copy(words, 0, words, 1, 3);
        System.out.println(show(words));
        copy(words, 1, words, 0, 3);
        System.out.println(show(words));
        CharSequence[] sequences = new CharSequence[2];
        copy(words, 0, sequences, 0, 2);
        System.out.println(sequences[0] + " " + sequences[1]);
        copy(new CharSequence[] { "x", new StringBuilder("y") }, 0, new String[2], 0, 2);

        copy(shapes, 2, circles, 0, 5);
        copy(shapes, -1, circles, 0, 1);
        copy(new Square[1], 0, circles, 0, 1);
        System.out.println(show(circles));
    }
}
