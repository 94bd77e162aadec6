public class FloatingRemainderExact {
    public static void main(String[] args) {
        System.out.println(1.0E300 % 3.0);
        System.out.println(1.0E20 % 0.1);
        System.out.println(Double.doubleToRawLongBits(123456.789 % 0.001));
        System.out.println(-7.5 % 2.0);
        System.out.println(Double.doubleToRawLongBits(4.9E-324 % 1.0E-320));
        System.out.println(Double.doubleToRawLongBits(1.0E-310 % 3.0E-320));
        System.out.println(-0.0 % 1.0);
        System.out.println(6.0 % 3.0);
        System.out.println(-6.0 % 3.0);
        System.out.println(1.0E30f % 7.0f);
        System.out.println(0.7f % 0.1f);
    }
}
