// Arrays of primitive arrays (matrices, jagged rows) in a program with no array of Object: their rows
// are element-typed, read without a cast. Everything that handles arrays at run time still works.
public class ArraysOfRows {
    static int[][] multiply(int[][] a, int[][] b) {
        int n = a.length, m = b[0].length, k = b.length;
        int[][] result = new int[n][m];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < m; j++) {
                int sum = 0;
                for (int x = 0; x < k; x++) sum += a[i][x] * b[x][j];
                result[i][j] = sum;
            }
        }
        return result;
    }

    static long pathCount(int rows, int columns) {
        long[][] ways = new long[rows][columns];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                ways[r][c] = (r == 0 || c == 0) ? 1 : ways[r - 1][c] + ways[r][c - 1];
            }
        }
        return ways[rows - 1][columns - 1];
    }

    static String describe(Object value) {
        if (value instanceof int[][]) return "int[][] of " + ((int[][]) value).length;
        if (value instanceof double[][]) return "double[][] of " + ((double[][]) value).length;
        if (value instanceof int[]) return "int[] of " + ((int[]) value).length;
        return "other " + value.getClass().getName();
    }

    public static void main(String[] args) {
        int[][] a = { {1, 2}, {3, 4}, {5, 6} };
        int[][] b = { {7, 8, 9}, {10, 11, 12} };
        int[][] product = multiply(a, b);
        StringBuilder text = new StringBuilder();
        for (int[] row : product) {
            for (int value : row) text.append(value).append(' ');
            text.append('|');
        }
        System.out.println(text);
        System.out.println(pathCount(10, 12));

        // Jagged rows, a null row, and rows replaced.
        char[][] words = new char[3][];
        words[0] = "kiln".toCharArray();
        words[2] = new char[] {'o', 'k'};
        System.out.println(new String(words[0]) + " " + (words[1] == null) + " " + words[2].length);
        try {
            System.out.println(words[1][0]);
        } catch (NullPointerException e) {
            System.out.println("NullPointerException");
        }
        try {
            System.out.println(a[3][0]);
        } catch (ArrayIndexOutOfBoundsException e) {
            System.out.println(e.getMessage());
        }

        // Run-time types, casts and tests through Object.
        double[][] unit = new double[2][2];
        unit[0][0] = 1.0;
        unit[1][1] = 1.0;
        System.out.println(describe(a) + ", " + describe(unit) + ", " + describe(a[0]) + ", " + describe(new boolean[1][1]));
        System.out.println(a.getClass().getName() + " " + unit.getClass().getSimpleName() + " " + a.getClass().getComponentType().getName());
        Object object = unit;
        try {
            int[][] wrong = (int[][]) object;
            System.out.println("no exception " + wrong.length);
        } catch (ClassCastException e) {
            System.out.println("ClassCastException");
        }

        // Clones share rows; copies move rows.
        int[][] copy = a.clone();
        copy[0] = new int[] {9};
        copy[1][0] = 30;
        System.out.println(a[0][0] + " " + copy[0][0] + " " + a[1][0] + " " + (copy[2] == a[2]));
        int[][] moved = new int[4][];
        System.arraycopy(a, 0, moved, 1, 3);
        System.out.println((moved[0] == null) + " " + moved[1][1] + " " + moved[3][1]);
        long[][] longs = new long[2][];
        System.arraycopy(new int[3][], 0, longs, 0, 2);
        System.out.println("copied null rows " + longs[0]);
        try {
            System.arraycopy(a, 0, longs, 0, 2);
        } catch (ArrayStoreException e) {
            System.out.println(e.getMessage());
        }

        // Three dimensions: the middle arrays are rows themselves.
        byte[][][] cube = new byte[2][3][4];
        cube[1][2][3] = 7;
        int total = 0;
        for (byte[][] plane : cube) for (byte[] line : plane) for (byte cell : line) total += cell;
        System.out.println("cube " + total + " " + cube[1].getClass().getName());
    }
}
