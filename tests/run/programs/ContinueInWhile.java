public class ContinueInWhile {
    public static void main(String[] args) {
        int i = 0, sum = 0;
        while (i < 20) {
            i++;
            if (i % 3 == 0) continue;
            if (i > 15) break;
            sum += i;
        }
        System.out.println("sum " + sum + " i " + i);
        int n = 0;
        StringBuilder sb = new StringBuilder();
        do {
            n++;
            if (n == 2) continue;
            sb.append(n).append(' ');
        } while (n < 5);
        System.out.println(sb.toString().trim());
        int row = 0;
        rows:
        while (row < 4) {
            row++;
            int col = 0;
            while (col < 4) {
                col++;
                if (col == row) continue rows;
                System.out.print(row + "" + col + " ");
            }
        }
        System.out.println();
    }
}
