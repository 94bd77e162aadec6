public class Matrix2DGames {
    static int[][] rotate(int[][] m) {
        int n = m.length;
        int[][] r = new int[n][n];
        for (int i = 0; i < n; i++) for (int j = 0; j < n; j++) r[j][n - 1 - i] = m[i][j];
        return r;
    }

    static String spiral(int[][] m) {
        StringBuilder sb = new StringBuilder();
        int top = 0, bottom = m.length - 1, left = 0, right = m[0].length - 1;
        while (top <= bottom && left <= right) {
            for (int j = left; j <= right; j++) sb.append(m[top][j]).append(' ');
            top++;
            for (int i = top; i <= bottom; i++) sb.append(m[i][right]).append(' ');
            right--;
            if (top <= bottom) { for (int j = right; j >= left; j--) sb.append(m[bottom][j]).append(' '); bottom--; }
            if (left <= right) { for (int i = bottom; i >= top; i--) sb.append(m[i][left]).append(' '); left++; }
        }
        return sb.toString().trim();
    }

    public static void main(String[] args) {
        int[][] m = new int[4][4];
        int v = 1;
        for (int i = 0; i < 4; i++) for (int j = 0; j < 4; j++) m[i][j] = v++;
        System.out.println(java.util.Arrays.deepToString(rotate(m)));
        System.out.println(spiral(m));
        int[][] magic = {{2, 7, 6}, {9, 5, 1}, {4, 3, 8}};
        boolean isMagic = true;
        int target = magic[0][0] + magic[0][1] + magic[0][2];
        for (int i = 0; i < 3; i++) {
            int row = 0, col = 0;
            for (int j = 0; j < 3; j++) { row += magic[i][j]; col += magic[j][i]; }
            if (row != target || col != target) isMagic = false;
        }
        if (magic[0][0] + magic[1][1] + magic[2][2] != target || magic[0][2] + magic[1][1] + magic[2][0] != target) isMagic = false;
        System.out.println("magic " + isMagic + " sum " + target);
    }
}
