public class BoxedValues {
    public static void main(String[] args) {
        Object[] values = {42, -7, 2147483647, -2147483648, 'k', true, 123456789012L, 1.5f, 0.25, (byte) 5, (short) -3, "text", null};
        int i = 0;
        while (i < values.length) {
            System.out.println(values[i]);
            i = i + 1;
        }
        Object boxed = 1000000000;
        System.out.println((Integer) boxed + 1);
        Object big = 2000000000;
        System.out.println((Integer) big - 1);
        Object c = 'z';
        System.out.println((char) (Character) c);
        Object d = 2.75;
        System.out.println((Double) d * 2.0);
        Object l = 9000000000L;
        System.out.println((Long) l + 1L);
        System.out.println("concat " + boxed);
        System.out.println(boxed.toString());
        System.out.println(boxed.hashCode());
        System.out.println(l.hashCode());
        System.out.println(d.hashCode());
        System.out.println(Boolean.TRUE.hashCode());
        System.out.println(Integer.valueOf(7).toString());
    }
}
