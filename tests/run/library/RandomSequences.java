import java.util.Arrays;
import java.util.Random;

public class RandomSequences {
    public static void main(String[] args) {
        Random random = new Random(42);
        System.out.println(random.nextInt());
        System.out.println(random.nextInt(100));
        System.out.println(random.nextDouble());
        System.out.println(random.nextLong());
        System.out.println(random.nextGaussian());
        System.out.println(random.nextGaussian());
        System.out.println(random.nextFloat());
        System.out.println(random.nextBoolean());
        System.out.println(random.nextInt(5, 17));
        System.out.println(random.nextInt(-5, 1073741824));
        System.out.println(random.nextInt(-2000000000, 2000000000));
        System.out.println(random.nextInt(1048576));
        byte[] bytes = new byte[7];
        random.nextBytes(bytes);
        System.out.println(Arrays.toString(bytes));
        random.setSeed(-7L);
        long sum = 0;
        for (int index = 0; index < 1000; index++) {
            sum += random.nextInt(1000);
        }
        System.out.println(sum);
        try {
            random.nextInt(0);
        } catch (IllegalArgumentException e) {
            System.out.println(e);
        }
        double unseeded = Math.random();
        System.out.println(unseeded >= 0.0 && unseeded < 1.0);
        Random first = new Random();
        Random second = new Random();
        System.out.println(first.nextLong() != second.nextLong());
    }
}
