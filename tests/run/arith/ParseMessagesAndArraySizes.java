// NumberFormatException messages of the floating-point parsers name the trimmed input; a multi-dimensional
// array creation evaluates every size once and checks them in order before allocating.
public class ParseMessagesAndArraySizes {
    static void parse(String text) {
        try {
            System.out.println("double " + Double.parseDouble(text));
        } catch (NumberFormatException e) {
            System.out.println("double: " + e.getMessage());
        }
        try {
            System.out.println("float " + Float.valueOf(text));
        } catch (NumberFormatException e) {
            System.out.println("float: " + e.getMessage());
        }
    }

    public static void main(String[] args) {
        String[] inputs = {"  pad  ", "   ", "", " 1.5e ", "\t2.5\n", " 0x1p3 ", " 0x1.g ", "1.2.3", " -Infinity ", "NaN ", "+", "1e5x"};
        for (String input : inputs) parse(input);
        int n = args.length;
        try { int[][] x = new int[n - 2][n - 1]; System.out.println(x.length); } catch (NegativeArraySizeException e) { System.out.println(e.getMessage()); }
        try { int[][][] x = new int[n][n - 3][n - 1]; System.out.println(x.length); } catch (NegativeArraySizeException e) { System.out.println(e.getMessage()); }
        try { int[][][] x = new int[2][n - 3][]; System.out.println(x.length); } catch (NegativeArraySizeException e) { System.out.println(e.getMessage()); }
        try { int[][][] x = new int[2][0][n - 5]; System.out.println(x.length); } catch (NegativeArraySizeException e) { System.out.println(e.getMessage()); }
        try { int[][] x = new int[0][n - 1]; System.out.println(x.length); } catch (NegativeArraySizeException e) { System.out.println(e.getMessage()); }
        int[] counter = {0};
        int[][] y = new int[counter[0]++ + 2][counter[0]++ + 1];
        System.out.println(counter[0] + " " + y.length + " " + y[0].length + " " + y[1].length);
        String[][] names = new String[2][3];
        System.out.println(names[1][2] + " " + names[0].length);
    }
}
