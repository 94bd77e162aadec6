public class MatrixDeterminant {
    static double determinant(double[][] m) {
        int n = m.length;
        double[][] a = new double[n][];
        for (int i = 0; i < n; i++) a[i] = m[i].clone();
        double det = 1;
        for (int col = 0; col < n; col++) {
            int pivot = col;
            for (int r = col + 1; r < n; r++) if (Math.abs(a[r][col]) > Math.abs(a[pivot][col])) pivot = r;
            if (a[pivot][col] == 0) return 0;
            if (pivot != col) { double[] t = a[pivot]; a[pivot] = a[col]; a[col] = t; det = -det; }
            det *= a[col][col];
            for (int r = col + 1; r < n; r++) {
                double f = a[r][col] / a[col][col];
                for (int c = col; c < n; c++) a[r][c] -= f * a[col][c];
            }
        }
        return det;
    }

    public static void main(String[] args) {
        double[][] m2 = {{3, 8}, {4, 6}};
        double[][] m3 = {{6, 1, 1}, {4, -2, 5}, {2, 8, 7}};
        double[][] singular = {{1, 2, 3}, {2, 4, 6}, {1, 1, 1}};
        double[][] hilbert = new double[4][4];
        for (int i = 0; i < 4; i++) for (int j = 0; j < 4; j++) hilbert[i][j] = 1.0 / (i + j + 1);
        System.out.println(determinant(m2) + " " + determinant(m3) + " " + determinant(singular));
        System.out.println(determinant(hilbert));
        System.out.println(java.util.Arrays.deepToString(m3));
    }
}
