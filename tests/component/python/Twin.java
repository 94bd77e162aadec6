// The Python provider and the Kiln consumer as one Java program.
public class Twin {
    static String greet(String name) {
        return "Hello, " + name + ", from Python! (caf\u00e9 \u2615)";
    }

    static String[] words(String sentence) {
        return sentence.trim().split("\\s+");
    }

    static Object[] stats(int[] values) {
        int min = Integer.MAX_VALUE, max = Integer.MIN_VALUE;
        long sum = 0;
        for (int value : values) {
            min = Math.min(min, value);
            max = Math.max(max, value);
            sum += value;
        }
        return new Object[] { min, max, (double) sum / values.length };
    }

    public static void main(String[] args) {
        System.out.println(greet("Kiln"));
        String[] words = words("a consumer in Scala.js IR  and a provider in Python");
        System.out.println(words.length);
        System.out.println(String.join("|", words));
        Object[] stats = stats(new int[] { 3, -4, 10, 7, 1 });
        System.out.println(stats[0]);
        System.out.println(stats[1]);
        System.out.println(stats[2]);
    }
}
