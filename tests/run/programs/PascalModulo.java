public class PascalModulo {
    public static void main(String[] args) {
        int rows = 16;
        int[] row = {1};
        for (int r = 0; r < rows; r++) {
            StringBuilder sb = new StringBuilder();
            for (int s = 0; s < rows - r; s++) sb.append(' ');
            for (int v : row) sb.append(v % 2 == 1 ? "* " : "  ");
            System.out.println(sb.toString().replaceAll("\\s+$", ""));
            int[] next = new int[row.length + 1];
            next[0] = next[row.length] = 1;
            for (int i = 1; i < row.length; i++) next[i] = (row[i - 1] + row[i]) % 1000;
            row = next;
        }
    }
}
