public class WordStatistics {
    public static void main(String[] args) {
        String text = "It was the best of times, it was the worst of times, it was the age of wisdom, it was the age of foolishness";
        String[] words = text.toLowerCase().replaceAll("[^a-z ]", "").split(" ");
        System.out.println("words: " + words.length);
        String longest = "";
        int totalLength = 0;
        String[] unique = new String[words.length];
        int[] counts = new int[words.length];
        int distinct = 0;
        for (String w : words) {
            totalLength += w.length();
            if (w.length() > longest.length()) longest = w;
            int found = -1;
            for (int i = 0; i < distinct; i++) if (unique[i].equals(w)) found = i;
            if (found < 0) { unique[distinct] = w; counts[distinct++] = 1; }
            else counts[found]++;
        }
        System.out.println("longest: " + longest + ", average length " + (double) totalLength / words.length);
        for (int i = 0; i < distinct; i++) if (counts[i] > 1) System.out.println(unique[i] + " x" + counts[i]);
        System.out.println("distinct: " + distinct);
    }
}
