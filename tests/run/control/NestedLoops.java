public class NestedLoops {
    public static void main(String[] args) {
        int row = 1;
        while (row <= 4) {
            String line = "";
            int column = 1;
            while (column <= 4) { line = line + (row * column) + " "; column = column + 1; }
            System.out.println(line);
            row = row + 1;
        }
        long factorial = 1L;
        int n = 1;
        while (n <= 20) { factorial = factorial * (long) n; n = n + 1; }
        System.out.println(factorial);
    }
}
