public class MatchString {
    static int classify(String word) {
        switch (word) {
            case "apple": case "pear": return 1;
            case "carrot": return 2;
            case "": return 3;
            default: return 0;
        }
    }
    public static void main(String[] args) {
        String[] words = {"apple", "pear", "carrot", "", "stone", "car" + "rot".toString()};
        int i = 0;
        while (i < words.length) {
            System.out.println(words[i] + " -> " + classify(words[i]));
            i = i + 1;
        }
    }
}
