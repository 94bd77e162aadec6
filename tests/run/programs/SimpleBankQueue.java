public class SimpleBankQueue {
    public static void main(String[] args) {
        int[] arrivals = {0, 1, 2, 5, 6, 6, 7, 12, 13, 20};
        int[] service = {4, 3, 2, 5, 1, 3, 2, 4, 1, 2};
        int tellers = 2;
        int[] freeAt = new int[tellers];
        long totalWait = 0;
        int maxWait = 0;
        for (int i = 0; i < arrivals.length; i++) {
            int best = 0;
            for (int t = 1; t < tellers; t++) if (freeAt[t] < freeAt[best]) best = t;
            int start = Math.max(arrivals[i], freeAt[best]);
            int wait = start - arrivals[i];
            totalWait += wait;
            maxWait = Math.max(maxWait, wait);
            freeAt[best] = start + service[i];
            System.out.println("customer " + i + " teller " + best + " start " + start + " wait " + wait);
        }
        System.out.printf("average wait %.2f, max %d, done at %d%n", (double) totalWait / arrivals.length, maxWait, Math.max(freeAt[0], freeAt[1]));
    }
}
