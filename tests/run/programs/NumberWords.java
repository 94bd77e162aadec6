public class NumberWords {
    static final String[] ONES = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
        "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"};
    static final String[] TENS = {"", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"};

    static String words(int n) {
        if (n < 0) return "minus " + words(-n);
        if (n < 20) return ONES[n];
        if (n < 100) return TENS[n / 10] + (n % 10 != 0 ? "-" + ONES[n % 10] : "");
        if (n < 1000) return ONES[n / 100] + " hundred" + (n % 100 != 0 ? " and " + words(n % 100) : "");
        if (n < 1000000) return words(n / 1000) + " thousand" + (n % 1000 != 0 ? " " + words(n % 1000) : "");
        return words(n / 1000000) + " million" + (n % 1000000 != 0 ? " " + words(n % 1000000) : "");
    }

    public static void main(String[] args) {
        int[] numbers = {0, 7, 13, 42, 100, 119, 999, 1001, 20020, 123456, -58, 1000000, 7654321};
        for (int n : numbers) System.out.println(n + ": " + words(n));
    }
}
