public class ReferenceArrays {
    public static void main(String[] args) {
        String[] words = {"kiln", "fires", "clay"};
        String sentence = "";
        int i = 0;
        while (i < words.length) { sentence = sentence + words[i] + " "; i = i + 1; }
        System.out.println(sentence);
        String[] empty = new String[2];
        System.out.println(empty[1]);
        empty[0] = "set";
        System.out.println(empty[0]);
        int[][] grid = new int[3][];
        i = 0;
        while (i < 3) { grid[i] = new int[i + 1]; grid[i][i] = i * 10; i = i + 1; }
        System.out.println(grid[2].length);
        System.out.println(grid[2][2]);
        System.out.println(grid[1][0]);
        int[][] matrix = {{1, 2}, {3, 4}};
        System.out.println(matrix[0][1] + matrix[1][0]);
    }
}
