public class CharArithmetic {
    static String caesar(String text, int shift) {
        StringBuilder sb = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (c >= 'a' && c <= 'z') sb.append((char) ('a' + (c - 'a' + shift + 26) % 26));
            else if (c >= 'A' && c <= 'Z') sb.append((char) ('A' + (c - 'A' + shift + 26) % 26));
            else sb.append(c);
        }
        return sb.toString();
    }

    static boolean isPalindrome(String s) {
        int i = 0, j = s.length() - 1;
        while (i < j) {
            char a = Character.toLowerCase(s.charAt(i)), b = Character.toLowerCase(s.charAt(j));
            if (!Character.isLetterOrDigit(a)) { i++; continue; }
            if (!Character.isLetterOrDigit(b)) { j--; continue; }
            if (a != b) return false;
            i++;
            j--;
        }
        return true;
    }

    static String runLength(String s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); ) {
            char c = s.charAt(i);
            int run = 0;
            while (i < s.length() && s.charAt(i) == c) { i++; run++; }
            sb.append(run).append(c);
        }
        return sb.toString();
    }

    public static void main(String[] args) {
        String secret = caesar("Hello, World! xyz", 3);
        System.out.println(secret + " -> " + caesar(secret, -3));
        String[] candidates = {"A man, a plan, a canal: Panama", "race a car", "", "No 'x' in Nixon", "abcba"};
        for (String c : candidates) System.out.println(isPalindrome(c) + " \"" + c + "\"");
        System.out.println(runLength("aaabccddddde") + " " + runLength("x"));
        char c = 'a';
        c++;
        c += 2;
        char d = (char) (c * 2 - 'a');
        System.out.println(c + " " + d + " " + (int) d + " " + (c < d) + " " + (char) 65 + (char) 0x263A);
        int[] counts = new int[26];
        for (char ch : "the quick brown fox jumps over the lazy dog".toCharArray()) if (ch != ' ') counts[ch - 'a']++;
        StringBuilder freq = new StringBuilder();
        for (int i = 0; i < 26; i++) if (counts[i] > 1) freq.append((char) ('a' + i)).append(counts[i]);
        System.out.println(freq);
        System.out.println(Character.isDigit('7') + " " + Character.isUpperCase('q') + " " + Character.toUpperCase('q') + Character.getNumericValue('9'));
    }
}
