// Text operations: split limits, strip, regionMatches, chars and code points, formatted, lines
import java.util.*;

public class SplitStripAndFormat {
    static void show(String label, String[] parts) {
        System.out.println(label + " " + parts.length + " " + Arrays.toString(parts));
    }

    public static void main(String[] args) {
        show("a", "a,b,,c,,".split(","));
        show("b", "a,b,,c,,".split(",", -1));
        show("c", "a,b,,c,,".split(",", 2));
        show("d", "".split(","));
        show("e", ",a".split(","));
        show("f", "a1b22c333".split("\\d+"));
        show("g", "hello".split(""));
        show("h", "  x  y z ".trim().split("\\s+"));
        System.out.println("[" + "  \u2003hi\u2003 ".strip() + "]" + "[" + " \thi ".stripLeading() + "][" + " hi\t ".stripTrailing() + "]");
        System.out.println("[" + "\u2003x".trim() + "]" + " \u2003 ".isBlank() + " " + "".isEmpty());
        System.out.println("Hello World".regionMatches(true, 6, "WORLD", 0, 5) + " " + "Hello World".regionMatches(6, "WORLD", 0, 5));
        System.out.println("abc".compareToIgnoreCase("ABD") + " " + "b".compareTo("abc") + " " + "abc".compareTo("ab"));
        StringBuilder sb = new StringBuilder();
        "héllo".chars().forEach(c -> sb.append(c).append(' '));
        System.out.println(sb);
        String emoji = "a\uD83D\uDE00b";
        System.out.println(emoji.length() + " " + emoji.codePointCount(0, emoji.length()) + " " + emoji.codePointAt(1) + " " + emoji.codePointBefore(3));
        emoji.codePoints().forEach(cp -> System.out.print(Integer.toHexString(cp) + " "));
        System.out.println();
        System.out.println(new StringBuilder(emoji).reverse().codePointAt(1));
        System.out.println("%d items at %.2f each: %s".formatted(3, 1.5, "ok"));
        "one\ntwo\r\nthree\rfour".lines().forEach(l -> System.out.print("<" + l + ">"));
        System.out.println();
        System.out.println(String.join("|", List.of("x", "y", "z")) + " " + String.join("-", "a", "b"));
        System.out.println("ab".repeat(3) + "|" + "x".repeat(0) + "|");
        System.out.println("Mississippi".replace("ss", "SS") + " " + "Mississippi".replaceAll("s+", "_") + " " + "Mississippi".replaceFirst("i", "I"));
        System.out.println("Mississippi".indexOf("ss", 3) + " " + "Mississippi".lastIndexOf('s', 4) + " " + "Mississippi".lastIndexOf("i"));
        System.out.println(String.valueOf(new char[] {'a', 'b', 'c'}, 1, 2) + " " + String.copyValueOf(new char[] {'q'}));
        System.out.println("Title Case Words".toLowerCase().toUpperCase() + " " + "ß".toUpperCase() + " " + "İ".toLowerCase().length());
        char[] cs = "dcba".toCharArray();
        Arrays.sort(cs);
        System.out.println(new String(cs) + " " + "abc".contains("") + " " + "abc".endsWith("") + " " + "abc".startsWith("bc", 1));
        System.out.println("a-b-c".chars().filter(c -> c == '-').count());
        System.out.println(String.valueOf((Object) null) + " " + "x".concat("y") + " " + "abc".matches("[a-c]+"));
        System.out.println("  indented\nlines".indent(2).replace("\n", "$"));
        System.out.println("tab\\there".translateEscapes() + "|" + "\\u0041".length());
        StringBuilder b2 = new StringBuilder("0123456789");
        b2.insert(3, "abc").deleteCharAt(0).replace(1, 4, "XY").setCharAt(0, 'Z');
        System.out.println(b2 + " " + b2.indexOf("XY") + " " + b2.lastIndexOf("9") + " " + b2.charAt(2));
        b2.setLength(4);
        System.out.println(b2 + " " + b2.length() + " " + b2.capacity() / 1000);
        System.out.println(String.format("|%-8s|%8s|%.3s|%08.3f|%+d|%x|%o|%e|%,d|", "ab", "cd", "abcdef", 3.14159, 5, 255, 8, 12345.678, 1234567));
        System.out.println(String.format("%5.1f%%|%b|%c|%S|%10.4e|%-6d|", 99.44, null, 'x', "up", 0.000123456, -42));
        System.out.println(Objects.toString(null, "dflt") + " " + Objects.requireNonNullElse(null, "e") + " " + Objects.hash(1, "a", null));
    }
}
