public class HappyNumbers {
    static int next(int n) {
        int sum = 0;
        while (n > 0) { int d = n % 10; sum += d * d; n /= 10; }
        return sum;
    }

    static boolean happy(int n) {
        int slow = n, fast = next(n);
        while (fast != 1 && slow != fast) { slow = next(slow); fast = next(next(fast)); }
        return fast == 1;
    }

    public static void main(String[] args) {
        StringBuilder sb = new StringBuilder();
        int count = 0;
        for (int n = 1; n <= 100; n++) if (happy(n)) { sb.append(n).append(' '); count++; }
        System.out.println(sb.toString().trim());
        System.out.println(count + " happy numbers up to 100");
    }
}
