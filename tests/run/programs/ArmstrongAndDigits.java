public class ArmstrongAndDigits {
    static boolean armstrong(int n) {
        String s = Integer.toString(n);
        int sum = 0;
        for (char c : s.toCharArray()) sum += (int) Math.pow(c - '0', s.length());
        return sum == n;
    }

    static int digitalRoot(long n) { return (int) (n == 0 ? 0 : 1 + (n - 1) % 9); }

    public static void main(String[] args) {
        StringBuilder sb = new StringBuilder();
        for (int n = 1; n < 100000; n++) if (armstrong(n)) sb.append(n).append(' ');
        System.out.println(sb.toString().trim());
        System.out.println(digitalRoot(493193) + " " + digitalRoot(0) + " " + digitalRoot(999999999999L));
        long n = 1234567890123L;
        int evens = 0, odds = 0;
        while (n > 0) { if ((n % 10) % 2 == 0) evens++; else odds++; n /= 10; }
        System.out.println("even digits " + evens + ", odd digits " + odds);
    }
}
