public class SplitAndRegex {
    static void show(String label, String[] parts) {
        StringBuilder sb = new StringBuilder(label).append(" (").append(parts.length).append("):");
        for (String p : parts) sb.append(" [").append(p).append("]");
        System.out.println(sb);
    }

    public static void main(String[] args) {
        show("comma", "a,b,c".split(","));
        show("trailing", "a,,b,,".split(","));
        show("leading", ",a,b".split(","));
        show("limit", "a,b,c,d".split(",", 2));
        show("negative limit", "a,b,,".split(",", -1));
        show("spaces", "  the   quick brown  ".split("\\s+"));
        show("space", "one two  three".split(" "));
        show("dot", "www.example.com".split("\\."));
        show("pipe", "x|y|z".split("\\|"));
        show("class", "a1b22c333d".split("[0-9]+"));
        show("comma space", "red, green,blue ,  yellow".split("\\s*,\\s*"));
        show("chars", "abc".split(""));
        show("none", "nothing".split(";"));
        show("empty", "".split(","));
        System.out.println("12345".matches("\\d+") + " " + "12a45".matches("\\d+") + " " + "hello".matches("h.l+o") + " " + "color".matches("colou?r"));
        System.out.println("a1b2c3".replaceAll("[0-9]", "#") + " " + "  trim   inner  ".replaceAll("\\s+", " ") + " " + "aaa".replaceFirst("a", "b"));
        String line = "name=kiln; version=1; target=wasm";
        for (String pair : line.split(";\\s*")) {
            String[] kv = pair.split("=");
            System.out.println(kv[0] + " -> " + kv[1]);
        }
    }
}
