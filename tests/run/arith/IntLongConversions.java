public class IntLongConversions {
    public static void main(String[] args) {
        int i = -123456;
        long l = 81985529216486895L;
        System.out.println((long) i);
        System.out.println((int) l);
        System.out.println((int) 4294967296L);
        System.out.println(((long) 2147483647) + 1L);
        System.out.println(Integer.toUnsignedLong(-1));
    }
}
