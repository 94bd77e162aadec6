public class ConcatPrimitives {
    public static void main(String[] args) {
        String s = null;
        System.out.println("int " + 42);
        System.out.println("long " + 1234567890123L);
        System.out.println("char " + 'x');
        System.out.println("bool " + true);
        System.out.println("double " + 2.5);
        System.out.println("float " + 0.5f);
        System.out.println("byte " + (byte) 7);
        System.out.println("short " + (short) -3);
        System.out.println("null " + s);
        System.out.println(1 + "x");
        System.out.println("a" + 1 + 2);
        System.out.println("obj " + new Named());
        System.out.println("min " + (-2147483648));
        System.out.println("minLong " + (-9223372036854775808L));
    }
}

class Named {
    public String toString() { return "Named!"; }
}
