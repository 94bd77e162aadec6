public class PalindromeNumbers {
    static boolean isPalindrome(long n) {
        long reversed = 0, original = n;
        while (n > 0) { reversed = reversed * 10 + n % 10; n /= 10; }
        return original == reversed;
    }

    public static void main(String[] args) {
        int best = 0, bestA = 0, bestB = 0;
        for (int a = 100; a < 1000; a++)
            for (int b = a; b < 1000; b++) {
                int p = a * b;
                if (p > best && isPalindrome(p)) { best = p; bestA = a; bestB = b; }
            }
        System.out.println(best + " = " + bestA + " x " + bestB);
        StringBuilder sb = new StringBuilder();
        for (long n = 0; n < 200; n++) if (isPalindrome(n) && isPalindrome(n * n) && n > 9) sb.append(n).append("^2=").append(n * n).append(' ');
        System.out.println(sb.toString().trim());
    }
}
