// java.lang.reflect.Array: arrays made from a Class keep their run-time type, reflective reads widen, writes check
import java.lang.reflect.Array;
import java.util.*;

public class ReflectiveArrays {
    static class Shape {
        final String name;
        Shape(String name) { this.name = name; }
        public String toString() { return "Shape(" + name + ")"; }
    }

    static class Circle extends Shape {
        Circle() { super("circle"); }
    }

    @SuppressWarnings("unchecked")
    static <T> T[] newArray(Class<T> type, int length) {
        return (T[]) Array.newInstance(type, length);
    }

    static <T> T[] grow(T[] original, int length) {
        T[] bigger = newArray((Class<T>) original.getClass().getComponentType(), length);
        System.arraycopy(original, 0, bigger, 0, original.length);
        return bigger;
    }

    static void tryIt(String label, Runnable action) {
        try {
            action.run();
            System.out.println(label + " ok");
        } catch (RuntimeException e) {
            System.out.println(label + " " + e);
        }
    }

    public static void main(String[] args) {
        String[] words = newArray(String.class, 3);
        words[0] = "alpha";
        words[2] = "gamma";
        System.out.println(words.getClass().getName() + " " + words.getClass().getSimpleName() + " " + Arrays.toString(words) + " " + (words.getClass() == String[].class));
        String[] more = grow(words, 5);
        more[4] = "epsilon";
        System.out.println(more.getClass().getName() + " " + Arrays.toString(more));
        Shape[] shapes = newArray(Shape.class, 2);
        shapes[0] = new Circle();
        shapes[1] = new Shape("square");
        System.out.println(shapes.getClass().getName() + " " + Arrays.toString(shapes) + " " + (shapes instanceof Object[]) + " " + Shape[].class.isInstance(shapes));
        Object circles = Array.newInstance(Circle.class, 1);
        System.out.println((circles instanceof Shape[]) + " " + (circles instanceof Circle[]) + " " + Shape[].class.isAssignableFrom(circles.getClass()) + " " + circles.getClass().getComponentType().getName());
        tryIt("store", () -> {
            Object[] asObjects = (Object[]) circles;
            asObjects[0] = new Shape("not a circle");
        });
        tryIt("reflective store", () -> Array.set(circles, 0, new Shape("nope")));
        tryIt("cast", () -> {
            Object o = Array.newInstance(Shape.class, 1);
            try {
                Circle[] c = (Circle[]) o;
            } catch (ClassCastException e) {
                throw new IllegalStateException("cast failed");
            }
        });
        Object ints = Array.newInstance(int.class, 4);
        for (int i = 0; i < 4; i++) Array.setInt(ints, i, i * i);
        Array.set(ints, 0, 42);
        System.out.println(ints.getClass().getName() + " " + Arrays.toString((int[]) ints) + " " + Array.getLength(ints) + " " + Array.get(ints, 3) + " " + Array.getLong(ints, 2) + " " + Array.getDouble(ints, 1) + " " + Array.getFloat(ints, 1));
        Object chars = Array.newInstance(char.class, 2);
        Array.setChar(chars, 0, 'k');
        Array.set(chars, 1, 'z');
        System.out.println(new String((char[]) chars) + " " + Array.getInt(chars, 0) + " " + Array.get(chars, 1));
        double[] ds = new double[3];
        Array.set(ds, 0, 1.5f);
        Array.setLong(ds, 1, 7L);
        Array.setByte(ds, 2, (byte) -3);
        System.out.println(Arrays.toString(ds));
        byte[] bs = {1, -2};
        System.out.println(Array.getByte(bs, 1) + " " + Array.getShort(bs, 1) + " " + Array.getInt(bs, 0) + " " + Array.getBoolean(new boolean[] {true}, 0));
        tryIt("index", () -> Array.get(ints, 4));
        tryIt("negative index", () -> Array.getInt(ints, -1));
        tryIt("not an array", () -> Array.getLength("text"));
        tryIt("null", () -> Array.getLength(null));
        tryIt("element mismatch", () -> Array.set(words, 0, 5));
        tryIt("argument mismatch", () -> Array.set(ints, 0, "s"));
        tryIt("narrowing", () -> Array.set(ints, 0, 5L));
        tryIt("wrong primitive", () -> Array.getInt(new long[1], 0));
        tryIt("not primitive", () -> Array.getInt(words, 0));
        tryIt("boolean to int", () -> Array.setBoolean(ints, 0, true));
        tryIt("negative length", () -> Array.newInstance(int.class, -1));
        tryIt("void", () -> Array.newInstance(void.class, 1));
        tryIt("empty dimensions", () -> Array.newInstance(int.class, new int[0]));
        tryIt("negative dimension", () -> Array.newInstance(int.class, 0, -1));
        int[][] grid = (int[][]) Array.newInstance(int.class, 2, 3);
        grid[1][2] = 9;
        System.out.println(grid.getClass().getName() + " " + Arrays.deepToString(grid));
        String[][][] cube = (String[][][]) Array.newInstance(String.class, 2, 1, 2);
        cube[1][0][1] = "x";
        System.out.println(cube.getClass().getName() + " " + cube[0].getClass().getName() + " " + Arrays.deepToString(cube));
        Object rows = Array.newInstance(long[].class, 2);
        System.out.println(rows.getClass().getName() + " " + Arrays.toString((Object[]) rows));
        System.out.println(int.class.arrayType() + " " + String.class.arrayType().getName() + " " + String[].class.arrayType().getName() + " " + (Shape.class.arrayType() == Shape[].class) + " " + Runnable.class.arrayType().getSimpleName());
        List<Object> made = new ArrayList<>();
        for (Class<?> c : new Class<?>[] {boolean.class, byte.class, short.class, char.class, int.class, long.class, float.class, double.class, Object.class, Integer.class, List.class}) {
            Object a = Array.newInstance(c, 1);
            made.add(a.getClass().getName() + "=" + (c == char.class ? (int) Array.getChar(a, 0) : Array.get(a, 0)));
        }
        System.out.println(made);
    }
}
