public class RomanNumerals {
    static final int[] VALUES = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
    static final String[] SYMBOLS = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};

    static String toRoman(int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < VALUES.length; i++) {
            while (n >= VALUES[i]) { n -= VALUES[i]; sb.append(SYMBOLS[i]); }
        }
        return sb.toString();
    }

    static int value(char c) {
        switch (c) {
            case 'I': return 1;
            case 'V': return 5;
            case 'X': return 10;
            case 'L': return 50;
            case 'C': return 100;
            case 'D': return 500;
            case 'M': return 1000;
            default: throw new IllegalArgumentException("not a numeral: " + c);
        }
    }

    static int fromRoman(String s) {
        int total = 0;
        for (int i = 0; i < s.length(); i++) {
            int v = value(s.charAt(i));
            if (i + 1 < s.length() && v < value(s.charAt(i + 1))) total -= v;
            else total += v;
        }
        return total;
    }

    public static void main(String[] args) {
        int[] numbers = {1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999};
        for (int n : numbers) {
            String r = toRoman(n);
            System.out.println(n + " = " + r + " = " + fromRoman(r));
        }
        try {
            fromRoman("XIZ");
        } catch (IllegalArgumentException e) {
            System.out.println(e.getMessage());
        }
    }
}
