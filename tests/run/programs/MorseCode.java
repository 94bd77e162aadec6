public class MorseCode {
    static final String[] CODES = {".-", "-...", "-.-.", "-..", ".", "..-.", "--.", "....", "..", ".---", "-.-", ".-..", "--",
        "-.", "---", ".--.", "--.-", ".-.", "...", "-", "..-", "...-", ".--", "-..-", "-.--", "--.."};

    static String encode(String text) {
        StringBuilder sb = new StringBuilder();
        for (char c : text.toUpperCase().toCharArray()) {
            if (c == ' ') sb.append("/ ");
            else if (c >= 'A' && c <= 'Z') sb.append(CODES[c - 'A']).append(' ');
        }
        return sb.toString().trim();
    }

    static String decode(String morse) {
        StringBuilder sb = new StringBuilder();
        for (String token : morse.split(" ")) {
            if (token.equals("/")) { sb.append(' '); continue; }
            for (int i = 0; i < CODES.length; i++) if (CODES[i].equals(token)) sb.append((char) ('A' + i));
        }
        return sb.toString();
    }

    public static void main(String[] args) {
        String message = "Kiln compiles Java semantics";
        String morse = encode(message);
        System.out.println(morse);
        System.out.println(decode(morse));
        System.out.println(decode("... --- ...") + " " + encode("sos").length());
    }
}
