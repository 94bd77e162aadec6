public class AnagramGroups {
    static String key(String w) {
        char[] c = w.toLowerCase().toCharArray();
        java.util.Arrays.sort(c);
        return String.valueOf(c);
    }

    public static void main(String[] args) {
        String[] words = {"listen", "silent", "enlist", "google", "gooegl", "cat", "act", "tac", "dog", "god", "odg", "bird"};
        String[] keys = new String[words.length];
        boolean[] done = new boolean[words.length];
        for (int i = 0; i < words.length; i++) keys[i] = key(words[i]);
        for (int i = 0; i < words.length; i++) {
            if (done[i]) continue;
            StringBuilder group = new StringBuilder(words[i]);
            int size = 1;
            for (int j = i + 1; j < words.length; j++) {
                if (!done[j] && keys[j].equals(keys[i])) { group.append(", ").append(words[j]); done[j] = true; size++; }
            }
            System.out.println(keys[i] + " (" + size + "): " + group);
        }
    }
}
