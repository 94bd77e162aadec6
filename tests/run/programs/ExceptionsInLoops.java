public class ExceptionsInLoops {
    static int parseOrDefault(String s, int fallback) {
        try {
            return Integer.parseInt(s.trim());
        } catch (NumberFormatException e) {
            return fallback;
        } catch (NullPointerException e) {
            return -fallback;
        }
    }

    public static void main(String[] args) {
        String[] inputs = {"12", " 7 ", "x", null, "-3", "99999999999", "0"};
        int sum = 0;
        StringBuilder log = new StringBuilder();
        for (String s : inputs) {
            int v = parseOrDefault(s, 100);
            sum += v;
            log.append(v).append(' ');
        }
        System.out.println(log.toString().trim() + " sum " + sum);
        int failures = 0, successes = 0;
        for (int i = -3; i <= 3; i++) {
            try {
                int[] arr = new int[i + 2];
                arr[i] = 100 / i;
                successes++;
            } catch (ArithmeticException | ArrayIndexOutOfBoundsException | NegativeArraySizeException e) {
                failures++;
                System.out.println(i + ": " + e.getClass().getSimpleName() + " " + e.getMessage());
            }
        }
        System.out.println("successes " + successes + " failures " + failures);
    }
}
