public class CharFrequencies {
    public static void main(String[] args) {
        String text = "Mississippi river banks, by the bayou; 1, 2, 3!";
        int[] counts = new int[128];
        int letters = 0, digits = 0, spaces = 0, others = 0;
        for (char c : text.toCharArray()) {
            counts[c]++;
            if (Character.isLetter(c)) letters++;
            else if (Character.isDigit(c)) digits++;
            else if (Character.isWhitespace(c)) spaces++;
            else others++;
        }
        System.out.println("letters " + letters + ", digits " + digits + ", spaces " + spaces + ", others " + others);
        StringBuilder top = new StringBuilder();
        for (int round = 0; round < 4; round++) {
            int best = 0;
            for (int c = 1; c < 128; c++) if (counts[c] > counts[best] && c != ' ') best = c;
            top.append((char) best).append('=').append(counts[best]).append(' ');
            counts[best] = 0;
        }
        System.out.println(top.toString().trim());
    }
}
