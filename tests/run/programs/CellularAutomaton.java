public class CellularAutomaton {
    public static void main(String[] args) {
        int width = 31;
        for (int rule : new int[] {30, 90, 110}) {
            boolean[] cells = new boolean[width];
            cells[width / 2] = true;
            System.out.println("rule " + rule);
            for (int gen = 0; gen < 8; gen++) {
                StringBuilder sb = new StringBuilder();
                for (boolean c : cells) sb.append(c ? '#' : ' ');
                System.out.println("|" + sb + "|");
                boolean[] next = new boolean[width];
                for (int i = 0; i < width; i++) {
                    int l = cells[(i + width - 1) % width] ? 4 : 0, c = cells[i] ? 2 : 0, r = cells[(i + 1) % width] ? 1 : 0;
                    next[i] = ((rule >> (l | c | r)) & 1) == 1;
                }
                cells = next;
            }
        }
    }
}
