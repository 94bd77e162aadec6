public class StringBuilding {
    static String center(String s, int width, char fill) {
        int total = width - s.length();
        if (total <= 0) return s;
        int left = total / 2;
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < left; i++) sb.append(fill);
        sb.append(s);
        while (sb.length() < width) sb.append(fill);
        return sb.toString();
    }

    static String wrap(String text, int width) {
        StringBuilder out = new StringBuilder();
        int lineLength = 0;
        for (String word : text.split(" ")) {
            if (lineLength > 0 && lineLength + 1 + word.length() > width) {
                out.append('\n');
                lineLength = 0;
            } else if (lineLength > 0) {
                out.append(' ');
                lineLength++;
            }
            out.append(word);
            lineLength += word.length();
        }
        return out.toString();
    }

    public static void main(String[] args) {
        System.out.println("[" + center("kiln", 12, '*') + "]");
        System.out.println("[" + center("wasm", 3, '-') + "]");
        System.out.println(wrap("the quick brown fox jumps over the lazy dog and keeps running far away", 16));
        String s = "";
        for (int i = 0; i < 5; i++) s += i;
        s += 'x';
        s += 2.5;
        s += true;
        s += null;
        System.out.println(s + " " + s.length());
        char[] chars = {'a', 'b', 'c'};
        System.out.println(String.valueOf(chars) + String.valueOf(chars, 1, 2) + chars.length);
    }
}
