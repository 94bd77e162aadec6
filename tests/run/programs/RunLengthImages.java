public class RunLengthImages {
    static String encode(String row) {
        StringBuilder sb = new StringBuilder();
        int i = 0;
        while (i < row.length()) {
            int j = i;
            while (j < row.length() && row.charAt(j) == row.charAt(i)) j++;
            if (j - i > 1) sb.append(j - i);
            sb.append(row.charAt(i));
            i = j;
        }
        return sb.toString();
    }

    static String decode(String code) {
        StringBuilder sb = new StringBuilder();
        int count = 0;
        for (char c : code.toCharArray()) {
            if (Character.isDigit(c)) count = count * 10 + (c - '0');
            else { for (int k = 0; k < Math.max(count, 1); k++) sb.append(c); count = 0; }
        }
        return sb.toString();
    }

    public static void main(String[] args) {
        String[] image = {"..........", "...####...", "..######..", "..##..##..", "..######..", "...####...", ".........."};
        int before = 0, after = 0;
        for (String row : image) {
            String e = encode(row);
            before += row.length();
            after += e.length();
            System.out.println(row + "  " + e + "  " + decode(e).equals(row));
        }
        System.out.printf("compression %d -> %d (%.1f%%)%n", before, after, 100.0 * after / before);
    }
}
