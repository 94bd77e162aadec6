public class BigFactorial {
    // Decimal digits, least significant first, in an int array that grows as needed.
    static int[] multiply(int[] digits, int length, int factor, int[] newLength) {
        int carry = 0;
        for (int i = 0; i < length; i++) {
            int product = digits[i] * factor + carry;
            digits[i] = product % 10;
            carry = product / 10;
        }
        while (carry > 0) {
            if (length == digits.length) {
                int[] bigger = new int[digits.length * 2];
                System.arraycopy(digits, 0, bigger, 0, length);
                digits = bigger;
            }
            digits[length++] = carry % 10;
            carry /= 10;
        }
        newLength[0] = length;
        return digits;
    }

    static String factorial(int n) {
        int[] digits = new int[16];
        digits[0] = 1;
        int[] length = {1};
        for (int k = 2; k <= n; k++) digits = multiply(digits, length[0], k, length);
        StringBuilder sb = new StringBuilder();
        for (int i = length[0] - 1; i >= 0; i--) sb.append((char) ('0' + digits[i]));
        return sb.toString();
    }

    public static void main(String[] args) {
        for (int n : new int[] {0, 1, 5, 10, 20, 25, 50}) System.out.println(n + "! = " + factorial(n));
        String big = factorial(100);
        int sum = 0;
        for (int i = 0; i < big.length(); i++) sum += big.charAt(i) - '0';
        System.out.println("100! has " + big.length() + " digits, digit sum " + sum);
        long exact = 1;
        for (int i = 2; i <= 20; i++) exact *= i;
        System.out.println(exact + " " + factorial(20).equals(String.valueOf(exact)));
    }
}
