public class ShuffleDeterministic {
    static int seed = 2024;
    static int next(int bound) {
        seed = seed * 1103515245 + 12345;
        return Math.floorMod(seed >>> 8, bound);
    }

    public static void main(String[] args) {
        String[] suits = {"S", "H", "D", "C"};
        String[] ranks = {"A", "2", "3", "4", "5", "6", "7", "8", "9", "T", "J", "Q", "K"};
        String[] deck = new String[52];
        for (int s = 0; s < 4; s++) for (int r = 0; r < 13; r++) deck[s * 13 + r] = ranks[r] + suits[s];
        for (int i = deck.length - 1; i > 0; i--) {
            int j = next(i + 1);
            String t = deck[i]; deck[i] = deck[j]; deck[j] = t;
        }
        for (int hand = 0; hand < 4; hand++) {
            StringBuilder sb = new StringBuilder("hand " + hand + ":");
            int points = 0;
            for (int k = 0; k < 5; k++) {
                String card = deck[hand * 5 + k];
                sb.append(' ').append(card);
                char rank = card.charAt(0);
                points += rank == 'A' ? 4 : rank == 'K' ? 3 : rank == 'Q' ? 2 : rank == 'J' ? 1 : 0;
            }
            System.out.println(sb + " (" + points + " points)");
        }
    }
}
