public class BoxedComparisons {
    public static void main(String[] args) {
        Integer a = 42, b = 42;
        Long l = 42L;
        Double d = 42.0;
        System.out.println(a.equals(b) + " " + a.equals(l) + " " + l.equals(42L) + " " + d.equals(42.0) + " " + (a.intValue() == l.longValue()));
        System.out.println(a.compareTo(7) + " " + l.compareTo(100L) + " " + d.compareTo(41.5) + " " + Boolean.TRUE.compareTo(false));
        Comparable<Integer> c = 5;
        System.out.println(c.compareTo(9) + " " + ((Comparable<String>) "b").compareTo("a"));
        Object[] values = {3, 3L, 3.0, 3.0f, '3', "3", true};
        for (Object v : values) System.out.print(v.getClass().getSimpleName() + ":" + v + ":" + v.hashCode() + " ");
        System.out.println();
        System.out.println(Double.valueOf(0.0).equals(-0.0) + " " + (0.0 == -0.0) + " " + Double.valueOf(Double.NaN).equals(Double.NaN) + " " + (Double.NaN == Double.NaN));
        Object nothing = null;
        System.out.println(java.util.Objects.equals(nothing, null) + " " + java.util.Objects.hashCode(nothing) + " " + java.util.Objects.toString(nothing) + " " + java.util.Objects.isNull(nothing));
    }
}
