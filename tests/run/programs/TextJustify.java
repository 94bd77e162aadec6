public class TextJustify {
    public static void main(String[] args) {
        String[] words = "This is an example of text justification that spreads words evenly across lines".split(" ");
        int width = 20;
        int i = 0;
        while (i < words.length) {
            int j = i, length = 0;
            while (j < words.length && length + words[j].length() + (j - i) <= width) length += words[j++].length();
            StringBuilder line = new StringBuilder();
            int gaps = j - i - 1;
            if (j == words.length || gaps == 0) {
                for (int k = i; k < j; k++) line.append(words[k]).append(k < j - 1 ? " " : "");
                while (line.length() < width) line.append(' ');
            } else {
                int spaces = width - length;
                for (int k = i; k < j; k++) {
                    line.append(words[k]);
                    if (k < j - 1) {
                        int n = spaces / gaps + (k - i < spaces % gaps ? 1 : 0);
                        for (int s = 0; s < n; s++) line.append(' ');
                    }
                }
            }
            System.out.println("|" + line + "|");
            i = j;
        }
    }
}
