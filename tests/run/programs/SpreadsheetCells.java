public class SpreadsheetCells {
    static String columnName(int index) {
        StringBuilder sb = new StringBuilder();
        index++;
        while (index > 0) {
            int rem = (index - 1) % 26;
            sb.insert(0, (char) ('A' + rem));
            index = (index - 1) / 26;
        }
        return sb.toString();
    }

    static int columnIndex(String name) {
        int index = 0;
        for (char c : name.toCharArray()) index = index * 26 + (c - 'A' + 1);
        return index - 1;
    }

    public static void main(String[] args) {
        int[] indices = {0, 1, 25, 26, 27, 51, 52, 701, 702, 16383};
        for (int i : indices) {
            String name = columnName(i);
            System.out.println(i + " -> " + name + " -> " + columnIndex(name));
        }
        double[][] sheet = {{1.5, 2, 3}, {4, 5.25, 6}, {7, 8, 9.75}};
        double total = 0;
        for (int r = 0; r < sheet.length; r++) {
            double rowSum = 0;
            for (double v : sheet[r]) rowSum += v;
            total += rowSum;
            System.out.println("SUM(A" + (r + 1) + ":" + columnName(sheet[r].length - 1) + (r + 1) + ") = " + rowSum);
        }
        System.out.println("grand total " + total);
    }
}
