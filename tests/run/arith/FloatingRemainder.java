public class FloatingRemainder {
    public static void main(String[] args) {
        System.out.println(5.5 % 2.0);
        System.out.println(-5.5 % 2.0);
        System.out.println(5.5 % -2.0);
        System.out.println(1.0 % 0.0);
        double zero = 0.0;
        System.out.println(5.0 % (1.0 / zero));
        System.out.println(7.5f % 2.0f);
    }
}
