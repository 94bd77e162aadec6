public class JaggedArrays {
    public static void main(String[] args) {
        int[][] triangle = new int[6][];
        for (int i = 0; i < triangle.length; i++) {
            triangle[i] = new int[i + 1];
            triangle[i][0] = triangle[i][i] = 1;
            for (int j = 1; j < i; j++) triangle[i][j] = triangle[i - 1][j - 1] + triangle[i - 1][j];
        }
        for (int[] row : triangle) System.out.println(java.util.Arrays.toString(row));
        String[][] table = {{"a"}, {}, {"b", "c", "d"}, null};
        int cells = 0;
        for (String[] row : table) {
            if (row == null) { System.out.println("null row"); continue; }
            cells += row.length;
            System.out.println(row.length + " " + String.join(",", row));
        }
        System.out.println("cells " + cells);
        char[][] board = new char[3][3];
        for (char[] row : board) java.util.Arrays.fill(row, '.');
        board[1][1] = 'X';
        board[0][2] = 'O';
        for (char[] row : board) System.out.println(String.valueOf(row));
        long[][][] cube = new long[2][3][4];
        cube[1][2][3] = 42;
        long sum = 0;
        for (long[][] plane : cube) for (long[] line : plane) for (long v : line) sum += v + 1;
        System.out.println("cube " + sum + " " + cube[1][2].length + " " + cube.length);
    }
}
