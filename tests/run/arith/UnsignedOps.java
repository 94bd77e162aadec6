public class UnsignedOps {
    public static void main(String[] args) {
        int a = -10;
        int b = 3;
        System.out.println(Integer.divideUnsigned(a, b));
        System.out.println(Integer.remainderUnsigned(a, b));
        System.out.println(Integer.compareUnsigned(a, b) < 0);
        System.out.println(Integer.compareUnsigned(a, b) > 0);
        System.out.println(Integer.compareUnsigned(b, 3) <= 0);
        System.out.println(Integer.compareUnsigned(b, 4) >= 0);
        System.out.println(Long.divideUnsigned(-10L, 3L));
        System.out.println(Long.remainderUnsigned(-10L, 3L));
        System.out.println(Long.compareUnsigned(-1L, 1L) > 0);
    }
}
