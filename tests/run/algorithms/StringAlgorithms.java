public class StringAlgorithms {
    static boolean isAnagram(String a, String b) {
        int[] counts = new int[26];
        for (char c : a.toLowerCase().toCharArray()) if (Character.isLetter(c)) counts[c - 'a']++;
        for (char c : b.toLowerCase().toCharArray()) if (Character.isLetter(c)) counts[c - 'a']--;
        for (int n : counts) if (n != 0) return false;
        return true;
    }

    static String longestPalindrome(String s) {
        int bestStart = 0, bestLength = 0;
        for (int center = 0; center < 2 * s.length() - 1; center++) {
            int left = center / 2, right = left + center % 2;
            while (left >= 0 && right < s.length() && s.charAt(left) == s.charAt(right)) { left--; right++; }
            if (right - left - 1 > bestLength) { bestLength = right - left - 1; bestStart = left + 1; }
        }
        return s.substring(bestStart, bestStart + bestLength);
    }

    static int[] prefixFunction(String p) {
        int[] pi = new int[p.length()];
        for (int i = 1; i < p.length(); i++) {
            int k = pi[i - 1];
            while (k > 0 && p.charAt(i) != p.charAt(k)) k = pi[k - 1];
            if (p.charAt(i) == p.charAt(k)) k++;
            pi[i] = k;
        }
        return pi;
    }

    static String occurrences(String text, String pattern) {
        int[] pi = prefixFunction(pattern);
        StringBuilder found = new StringBuilder();
        int k = 0;
        for (int i = 0; i < text.length(); i++) {
            while (k > 0 && text.charAt(i) != pattern.charAt(k)) k = pi[k - 1];
            if (text.charAt(i) == pattern.charAt(k)) k++;
            if (k == pattern.length()) {
                found.append(i - k + 1).append(' ');
                k = pi[k - 1];
            }
        }
        return found.toString().trim();
    }

    static String reverseWords(String s) {
        String[] words = s.trim().split("\\s+");
        StringBuilder sb = new StringBuilder();
        for (int i = words.length - 1; i >= 0; i--) sb.append(words[i]).append(i > 0 ? " " : "");
        return sb.toString();
    }

    public static void main(String[] args) {
        System.out.println(isAnagram("Listen", "Silent") + " " + isAnagram("Dormitory", "dirty room") + " " + isAnagram("abc", "abd"));
        System.out.println(longestPalindrome("forgeeksskeegfor") + " " + longestPalindrome("babad") + " " + longestPalindrome("a"));
        System.out.println(java.util.Arrays.toString(prefixFunction("abacabab")));
        System.out.println(occurrences("abababcabababab", "abab"));
        System.out.println(reverseWords("  the sky   is blue ") + "|");
    }
}
