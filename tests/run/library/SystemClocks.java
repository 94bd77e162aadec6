public class SystemClocks {
    public static void main(String[] args) {
        long start = System.nanoTime();
        long millis = System.currentTimeMillis();
        long sum = 0;
        for (int i = 0; i < 200000; i++) sum += i % 7;
        long elapsed = System.nanoTime() - start;
        long later = System.currentTimeMillis();
        System.out.println("sum " + sum);
        System.out.println("monotonic " + (elapsed >= 0));
        System.out.println("after 2024 " + (millis > 1704067200000L) + ", before 2100 " + (millis < 4102444800000L));
        System.out.println("wall clock forward " + (later >= millis));
    }
}
