public class ZigzagConversion {
    static String convert(String s, int rows) {
        if (rows == 1) return s;
        StringBuilder[] lines = new StringBuilder[rows];
        for (int i = 0; i < rows; i++) lines[i] = new StringBuilder();
        int row = 0, step = 1;
        for (char c : s.toCharArray()) {
            lines[row].append(c);
            if (row == 0) step = 1;
            else if (row == rows - 1) step = -1;
            row += step;
        }
        StringBuilder out = new StringBuilder();
        for (StringBuilder line : lines) out.append(line);
        return out.toString();
    }

    public static void main(String[] args) {
        System.out.println(convert("PAYPALISHIRING", 3) + " " + convert("PAYPALISHIRING", 4) + " " + convert("AB", 1));
    }
}
