public class DoubleCompare {
    public static void main(String[] args) {
        double nan = 0.0 / 0.0;
        System.out.println(nan == nan);
        System.out.println(nan != nan);
        System.out.println(nan < 1.0);
        System.out.println(nan >= 1.0);
        System.out.println(0.0 == -0.0);
        System.out.println(1.5 <= 1.5);
        System.out.println(2.5 > 1.5);
    }
}
