public class StringCompressionCounts {
    public static void main(String[] args) {
        String[] inputs = {"aabcccccaaa", "abcdef", "", "zzzzzzzzzzzz", "aAaA"};
        for (String s : inputs) {
            StringBuilder sb = new StringBuilder();
            int run = 1;
            for (int i = 1; i <= s.length(); i++) {
                if (i < s.length() && s.charAt(i) == s.charAt(i - 1)) run++;
                else if (s.length() > 0) { sb.append(s.charAt(i - 1)).append(run); run = 1; }
            }
            String compressed = sb.length() < s.length() ? sb.toString() : s;
            System.out.println("'" + s + "' -> '" + compressed + "'");
        }
        String vowels = "aeiou";
        String sentence = "Programming languages are fascinating";
        int v = 0, c = 0;
        for (char ch : sentence.toLowerCase().toCharArray()) {
            if (vowels.indexOf(ch) >= 0) v++;
            else if (Character.isLetter(ch)) c++;
        }
        System.out.println("vowels " + v + " consonants " + c);
    }
}
