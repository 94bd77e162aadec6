public class MatrixOps {
    static int[][] multiply(int[][] a, int[][] b) {
        int n = a.length, m = b[0].length, k = b.length;
        int[][] c = new int[n][m];
        for (int i = 0; i < n; i++)
            for (int j = 0; j < m; j++) {
                int sum = 0;
                for (int x = 0; x < k; x++) sum += a[i][x] * b[x][j];
                c[i][j] = sum;
            }
        return c;
    }

    static int[][] transpose(int[][] a) {
        int[][] t = new int[a[0].length][a.length];
        for (int i = 0; i < a.length; i++)
            for (int j = 0; j < a[0].length; j++) t[j][i] = a[i][j];
        return t;
    }

    static void print(String name, int[][] m) {
        System.out.println(name + ":");
        for (int[] row : m) {
            StringBuilder sb = new StringBuilder();
            for (int v : row) sb.append(pad(v));
            System.out.println(sb);
        }
    }

    static String pad(int v) {
        String s = String.valueOf(v);
        while (s.length() < 5) s = " " + s;
        return s;
    }

    public static void main(String[] args) {
        int[][] a = {{1, 2, 3}, {4, 5, 6}};
        int[][] b = {{7, 8}, {9, 10}, {11, 12}};
        print("a", a);
        print("b", b);
        print("a*b", multiply(a, b));
        print("b*a", multiply(b, a));
        print("a^T", transpose(a));
        int[][] identity = new int[3][3];
        for (int i = 0; i < 3; i++) identity[i][i] = 1;
        print("b^T*I", multiply(transpose(b), identity));
        long trace = 0;
        int[][] sq = multiply(b, a);
        for (int i = 0; i < sq.length; i++) trace += sq[i][i];
        System.out.println("trace " + trace + " rows " + sq.length + " cols " + sq[0].length);
        double[][] d = new double[2][];
        d[0] = new double[] {0.5, 1.5};
        d[1] = new double[3];
        System.out.println(d[0][1] + d[1][2] + " " + d[1].length);
    }
}
