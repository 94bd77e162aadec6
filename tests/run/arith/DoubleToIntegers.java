public class DoubleToIntegers {
    public static void main(String[] args) {
        System.out.println((int) 1.0E20);
        System.out.println((int) -1.0E20);
        double nan = 0.0 / 0.0;
        System.out.println((int) nan);
        System.out.println((int) -2.7);
        System.out.println((int) 2.7);
        System.out.println((long) -1.0E30);
        System.out.println((long) 1.0E30);
        System.out.println((long) 123456789012.9);
        System.out.println((double) -5);
        System.out.println((double) 9007199254740993L);
    }
}
