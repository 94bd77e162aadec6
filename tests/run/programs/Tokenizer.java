public class Tokenizer {
    static String classify(char c) {
        if (Character.isDigit(c)) return "digit";
        if (Character.isLetter(c) || c == '_') return "word";
        if (Character.isWhitespace(c)) return "space";
        return "symbol";
    }

    public static void main(String[] args) {
        String source = "let total_2 = price * 3 + (tax-1.5); // done";
        int i = 0;
        StringBuilder out = new StringBuilder();
        while (i < source.length()) {
            char c = source.charAt(i);
            String kind = classify(c);
            int start = i;
            if (kind.equals("space")) { i++; continue; }
            if (c == '/' && i + 1 < source.length() && source.charAt(i + 1) == '/') {
                out.append("COMMENT(").append(source.substring(i + 2).trim()).append(") ");
                break;
            }
            if (kind.equals("word")) while (i < source.length() && (Character.isLetterOrDigit(source.charAt(i)) || source.charAt(i) == '_')) i++;
            else if (kind.equals("digit")) while (i < source.length() && (Character.isDigit(source.charAt(i)) || source.charAt(i) == '.')) i++;
            else i++;
            out.append(kind.toUpperCase()).append('(').append(source, start, i).append(") ");
        }
        System.out.println(out.toString().trim());
    }
}
