// TextTour: strings, characters, StringBuilder and text processing
import java.util.*;

public class TextTour {
    enum Op { ADD, SUB, MUL, DIV;
        int apply(int a, int b) { switch (this) { case ADD: return a + b; case SUB: return a - b; case MUL: return a * b; default: return a / b; } } }
    enum Planet {
        MERCURY(3.303e+23, 2.4397e6), EARTH(5.976e+24, 6.37814e6);
        final double mass, radius;
        Planet(double mass, double radius) { this.mass = mass; this.radius = radius; }
        double gravity() { return 6.67300E-11 * mass / (radius * radius); }
    }

    public static void main(String[] args) {
        String s = "  Hello, World! Ünïcödé \t\n";
        System.out.println("[" + s.trim() + "][" + s.strip() + "][" + s.toUpperCase() + "][" + s.toLowerCase() + "]" + s.length() + " " + s.isBlank());
        String t = "abracadabra";
        System.out.println(t.indexOf('a') + " " + t.indexOf('a', 1) + " " + t.lastIndexOf("abra") + " " + t.indexOf("cad") + " " + t.lastIndexOf('z') + " " + t.indexOf("") + " " + t.lastIndexOf(""));
        System.out.println(t.replace('a', 'o') + " " + t.replace("abra", "X") + " " + t.replaceAll("[aeiou]", "_") + " " + t.replaceFirst("a(b|c)", "<$1>"));
        System.out.println(Arrays.toString(t.split("a")) + " " + Arrays.toString(t.split("a", -1)) + " " + Arrays.toString(t.split("a", 3)) + " " + Arrays.toString("a,b;c d".split("[,; ]")));
        System.out.println(Arrays.toString(" x  y ".split(" ")) + " " + Arrays.toString("".split(",")) + " " + Arrays.toString("1.2.3".split("\\.")));
        System.out.println(t.startsWith("abr") + " " + t.endsWith("bra") + " " + t.startsWith("cad", 4) + " " + t.contains("dab") + " " + t.matches("a.*a") + " " + t.regionMatches(true, 0, "ABR", 0, 3));
        System.out.println(t.compareTo("abc") + " " + "a".compareTo("abc") + " " + "B".compareToIgnoreCase("a") + " " + "Hello".equalsIgnoreCase("hELLO") + " " + t.hashCode() + " " + "".hashCode());
        System.out.println(String.join("-", "a", "b", "c") + " " + String.join("/", Arrays.asList("x", "y")) + " " + "ab".repeat(3) + " " + "x".concat("y") + " " + String.valueOf((Object) null));
        System.out.println(t.chars().filter(c -> c == 'a').count() + " " + t.charAt(3) + " " + t.codePointAt(0) + " " + (char) (t.charAt(0) + 1) + " " + t.toCharArray().length);
        StringBuilder sb = new StringBuilder("0123456789");
        sb.insert(3, "abc").insert(0, 1.5).insert(2, 'Z').append(true).append((Object) null).append(new char[]{'x', 'y'}).append(3L).append(2.5f);
        System.out.println(sb + " " + sb.length());
        sb.delete(0, 4).deleteCharAt(2).reverse().setCharAt(0, '!');
        System.out.println(sb + " " + sb.indexOf("9") + " " + sb.lastIndexOf("l") + " " + sb.charAt(5));
        sb.replace(1, 5, "[]"); sb.setLength(8); System.out.println(sb + "|" + sb.substring(3) + "|" + sb.substring(1, 4));
        sb.setLength(10); System.out.println(sb.toString().replace('\0', '0'));
        String emoji = "a\uD83D\uDE00b";
        System.out.println(emoji.length() + " " + emoji.codePointCount(0, emoji.length()) + " " + emoji.codePointAt(1) + " " + new StringBuilder(emoji).reverse().codePointAt(1) + " " + Character.charCount(0x1F600) + " " + new String(Character.toChars(0x1F601)).length());
        for (char c : "aZ5 _\t$é".toCharArray())
            System.out.print(Character.isLetter(c) + "," + Character.isDigit(c) + "," + Character.isLetterOrDigit(c) + "," + Character.isWhitespace(c) + "," + Character.isUpperCase(c) + "," + Character.toUpperCase(c) + "," + Character.getNumericValue(c) + "," + Character.isJavaIdentifierStart(c) + " ");
        System.out.println();
        System.out.println(Character.digit('f', 16) + " " + Character.forDigit(11, 16) + " " + Character.isAlphabetic('k') + " " + (int) Character.toLowerCase('Ä') + " " + Character.toString(97) + " " + Character.valueOf('c'));
        StringBuilder caesar = new StringBuilder();
        for (char c : "Attack at Dawn!".toCharArray()) {
            if (Character.isUpperCase(c)) caesar.append((char) ('A' + (c - 'A' + 13) % 26));
            else if (Character.isLowerCase(c)) caesar.append((char) ('a' + (c - 'a' + 13) % 26));
            else caesar.append(c);
        }
        System.out.println(caesar);
        Map<Character, Integer> freq = new TreeMap<>();
        for (char c : "mississippi".toCharArray()) freq.merge(c, 1, Integer::sum);
        System.out.println(freq);
        for (Op op : Op.values()) System.out.print(op + "=" + op.apply(12, 4) + " " + op.ordinal() + " ");
        System.out.println(Op.valueOf("MUL").name() + " " + Op.MUL.compareTo(Op.ADD) + " " + Op.DIV.equals(Op.DIV));
        try { Op.valueOf("MOD"); } catch (IllegalArgumentException e) { System.out.println(e.getMessage()); }
        for (Planet p : Planet.values()) System.out.printf("%s %.2f%n", p, p.gravity());
        EnumMap<Op, Integer> em = new EnumMap<>(Op.class); em.put(Op.MUL, 1); em.put(Op.ADD, 2); System.out.println(em);
        String text = "one two three two one four";
        StringBuilder out = new StringBuilder();
        for (String w : text.split(" ")) { switch (w) { case "one": out.append(1); break; case "two": out.append(2); break; case "three": out.append(3); break; default: out.append('?'); } }
        System.out.println(out);
        System.out.println("x=" + 1 + 2 + " " + (1 + 2) + " " + 'a' + 'b' + " " + (char) ('a' + 'b') + " " + null + " " + 1.0f + " " + 10L + " " + new int[0].length);
        String multi = "line1\nline2\r\nline3";
        System.out.println(multi.lines().count() + " " + Arrays.toString(multi.split("\\R")) + " " + "%d items".formatted(3));
        char[] sorted = "sorting".toCharArray(); Arrays.sort(sorted); System.out.println(String.valueOf(sorted) + " " + String.copyValueOf(sorted, 2, 3));
        System.out.println("Tab\tQuote\"Back\\slash'\u0041\101");
        String interned = new String("abc").intern(); System.out.println(interned == "abc");
        System.out.println(String.valueOf(new char[]{'h', 'i'}) + String.valueOf(3) + String.valueOf(true) + String.valueOf('c') + String.valueOf(2.0));
        System.out.println("a-b-c".indexOf('-', -5) + " " + "abc".substring(3).isEmpty() + " " + "Mississippi".replace("ss", "SS") + " " + "aaa".replace("a", "aa"));
        System.out.println("%-5s|%5s|".formatted("ab", "cd") + String.format("%3$s %1$s %2$s", "a", "b", "c"));
    }
}
