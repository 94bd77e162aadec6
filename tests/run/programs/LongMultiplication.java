public class LongMultiplication {
    static String multiply(String a, String b) {
        int[] result = new int[a.length() + b.length()];
        for (int i = a.length() - 1; i >= 0; i--)
            for (int j = b.length() - 1; j >= 0; j--) {
                int p = (a.charAt(i) - '0') * (b.charAt(j) - '0') + result[i + j + 1];
                result[i + j + 1] = p % 10;
                result[i + j] += p / 10;
            }
        StringBuilder sb = new StringBuilder();
        for (int d : result) if (!(sb.length() == 0 && d == 0)) sb.append(d);
        return sb.length() == 0 ? "0" : sb.toString();
    }

    static String add(String a, String b) {
        StringBuilder sb = new StringBuilder();
        int i = a.length() - 1, j = b.length() - 1, carry = 0;
        while (i >= 0 || j >= 0 || carry > 0) {
            int s = carry + (i >= 0 ? a.charAt(i--) - '0' : 0) + (j >= 0 ? b.charAt(j--) - '0' : 0);
            sb.append(s % 10);
            carry = s / 10;
        }
        return sb.reverse().toString();
    }

    public static void main(String[] args) {
        System.out.println(multiply("123456789", "987654321") + " " + (123456789L * 987654321L));
        System.out.println(multiply("99999999999999999999", "99999999999999999999"));
        String power = "1";
        for (int i = 0; i < 100; i++) power = multiply(power, "2");
        System.out.println("2^100 = " + power);
        String fib1 = "0", fib2 = "1";
        for (int i = 0; i < 150; i++) { String t = add(fib1, fib2); fib1 = fib2; fib2 = t; }
        System.out.println("fib(150) = " + fib1);
    }
}
