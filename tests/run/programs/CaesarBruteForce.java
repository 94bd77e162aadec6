public class CaesarBruteForce {
    static String shift(String s, int k) {
        StringBuilder sb = new StringBuilder();
        for (char c : s.toCharArray()) sb.append(Character.isLowerCase(c) ? (char) ('a' + (c - 'a' + k) % 26) : c);
        return sb.toString();
    }

    static double englishScore(String s) {
        String common = "etaoinshr";
        double score = 0;
        for (char c : s.toCharArray()) {
            int idx = common.indexOf(c);
            if (idx >= 0) score += (common.length() - idx) / 9.0;
        }
        return score / s.length();
    }

    public static void main(String[] args) {
        String secret = shift("the rain in spain stays mainly in the plain", 11);
        System.out.println("cipher: " + secret);
        int best = 0;
        double bestScore = -1;
        for (int k = 0; k < 26; k++) {
            double score = englishScore(shift(secret, k));
            if (score > bestScore) { bestScore = score; best = k; }
        }
        System.out.printf("best key %d score %.4f: %s%n", best, bestScore, shift(secret, best));
    }
}
