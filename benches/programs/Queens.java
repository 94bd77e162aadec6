// The eight queens puzzle, solved by backtracking many times over: array access and recursion.
public class Queens {
    static boolean[] freeRows;
    static boolean[] freeMaxs;
    static boolean[] freeMins;
    static int[] queenRows;

    static boolean solve() {
        freeRows = new boolean[8];
        freeMaxs = new boolean[16];
        freeMins = new boolean[16];
        queenRows = new int[8];
        for (int i = 0; i < 8; i++) { freeRows[i] = true; queenRows[i] = -1; }
        for (int i = 0; i < 16; i++) { freeMaxs[i] = true; freeMins[i] = true; }
        return placeQueen(0);
    }

    static boolean placeQueen(int column) {
        for (int row = 0; row < 8; row++) {
            if (isFree(row, column)) {
                queenRows[row] = column;
                setFree(row, column, false);
                if (column == 7) return true;
                if (placeQueen(column + 1)) return true;
                setFree(row, column, true);
            }
        }
        return false;
    }

    static boolean isFree(int row, int column) {
        return freeRows[row] && freeMaxs[column + row] && freeMins[column - row + 7];
    }

    static void setFree(int row, int column, boolean value) {
        freeRows[row] = value;
        freeMaxs[column + row] = value;
        freeMins[column - row + 7] = value;
    }

    static String run() {
        int solved = 0;
        int signature = 0;
        for (int i = 0; i < 8000; i++) {
            if (solve()) solved++;
            for (int row = 0; row < 8; row++) signature = signature * 31 + queenRows[row];
        }
        return solved + " solved, signature " + signature;
    }

    public static void main(String[] args) {
        int iterations = args.length > 0 ? Integer.parseInt(args[0]) : 1;
        String result = "";
        for (int i = 0; i < iterations; i++) {
            long start = System.nanoTime();
            result = run();
            long elapsed = System.nanoTime() - start;
            if (args.length > 0) System.err.println("iteration " + elapsed);
        }
        System.out.println("queens: " + result);
    }
}
