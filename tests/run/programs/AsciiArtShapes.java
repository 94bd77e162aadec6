public class AsciiArtShapes {
    public static void main(String[] args) {
        int size = 5;
        for (int i = 0; i < size; i++) System.out.println(" ".repeat(size - i - 1) + "*".repeat(2 * i + 1));
        for (int i = size - 2; i >= 0; i--) System.out.println(" ".repeat(size - i - 1) + "*".repeat(2 * i + 1));
        for (int r = 0; r < 4; r++) {
            StringBuilder sb = new StringBuilder();
            for (int c = 0; c < 8; c++) sb.append((r + c) % 2 == 0 ? '#' : ' ');
            System.out.println(sb);
        }
        int w = 9;
        for (int r = 0; r < w; r++) {
            char[] line = new char[w];
            java.util.Arrays.fill(line, ' ');
            line[r] = '\\';
            line[w - 1 - r] = '/';
            if (r == w / 2) line[r] = 'X';
            System.out.println(String.valueOf(line));
        }
    }
}
