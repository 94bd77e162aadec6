// String and StringBuilder methods at large: strip, split limits, regex replace, code points, case-insensitive
// comparison, Formatter flags, builder edits, surrogates, Character queries, radix conversions, streams of
// words, text blocks' helpers.
import java.util.*;
import java.util.stream.*;
import java.nio.charset.StandardCharsets;

public class TextMethodsTour {
    public static void main(String[] args) {
        String s = "  Hello, Wörld! \t";
        System.out.println("[" + s.trim() + "][" + s.strip() + "][" + s.stripLeading() + "][" + s.stripTrailing() + "]" + s.isBlank() + " " + "".isEmpty());
        System.out.println("abc".repeat(3) + " " + "a,b,,c,".split(",").length + " " + Arrays.toString("a,b,,c,".split(",", -1)) + " " + Arrays.toString("a1b22c333".split("\\d+")) + " " + Arrays.toString(" x  y ".split("\\s+")));
        System.out.println(String.join("|", List.of("x", "y", "z")) + " " + "Mississippi".replace("ss", "SS") + " " + "Mississippi".replaceAll("(s+)i", "<$1>") + " " + "Mississippi".replaceFirst("i", "I"));
        System.out.println("Hello".chars().sum() + " " + "Hello".chars().filter(Character::isUpperCase).count() + " " + "héllo".codePoints().mapToObj(Integer::toHexString).collect(Collectors.joining(",")));
        System.out.println("apple".compareTo("apricot") + " " + "Apple".compareToIgnoreCase("apple") + " " + "b".compareTo("abc") + " " + "Hello".equalsIgnoreCase("hELLO") + " " + "Hello World".regionMatches(true, 6, "WORLDS", 0, 5));
        System.out.println("banana".indexOf("an") + " " + "banana".indexOf("an", 2) + " " + "banana".lastIndexOf('a') + " " + "banana".lastIndexOf("an", 2) + " " + "banana".contains("nan") + " " + "banana".startsWith("na", 2) + " " + "banana".endsWith(""));
        System.out.println("Straße".toUpperCase() + " " + "İ".toLowerCase().length() + " " + "ΣΑΣ".toLowerCase() + " " + "ǆ".toUpperCase() + " " + Character.toTitleCase('ǆ'));
        System.out.println(String.format("|%5d|%-5d|%05d|%,d|%+d|%x|%X|%o|%08.3f|%.2e|%10.4s|%-8s|%c|%b|%%|%n", 42, 42, 42, 1234567, 42, 255, 255, 8, 3.14159, 12345.678, "abcdefg", "hi", 'Z', null).trim());
        System.out.println(String.format("%s %S %h %10.2f %-10.1f| %e %g %a", "str", "str", "hi", -2.5, 2.25, 0.000123, 0.000123, 1.0));
        System.out.println(String.format("%,.2f %(,.2f %#x %#o % d %.0f %.0f %.0f", 1234567.891, -1234.5, 255, 8, 5, 0.5, 1.5, 2.5));
        System.out.println(String.format("%3$s %1$s %2$s", "a", "b", "c") + " " + String.format("%-6b|%6c|", true, 'q') + String.format("%d %d %d", (byte) -1, (short) 300, 10000000000L));
        StringBuilder sb = new StringBuilder("0123456789");
        sb.insert(3, "abc").reverse().deleteCharAt(0).replace(2, 5, "XY").setCharAt(0, '#');
        System.out.println(sb + " " + sb.length() + " " + sb.indexOf("c") + " " + sb.charAt(3) + " " + sb.substring(4) + " " + sb.lastIndexOf("a"));
        sb.setLength(4); sb.append(1.5f).append(true).append((Object) null).append(new char[]{'x', 'y'}).append(2L).append('c').appendCodePoint(0x1F600);
        System.out.println(sb + " " + sb.length() + " " + sb.codePointCount(0, sb.length()) + " " + sb.codePointAt(sb.length() - 2));
        String emoji = "a😀b";
        System.out.println(emoji.length() + " " + emoji.codePointCount(0, emoji.length()) + " " + emoji.charAt(1) + emoji.charAt(2) + " " + Character.isSurrogate(emoji.charAt(1)) + " " + new StringBuilder(emoji).reverse() + " " + Character.toChars(0x1F600).length + " " + Character.charCount(0x1F600));
        System.out.println(Character.getNumericValue('7') + " " + Character.getNumericValue('z') + " " + Character.digit('f', 16) + " " + Character.forDigit(11, 16) + " " + Character.isWhitespace('\u00a0') + " " + Character.isSpaceChar('\u00a0') + " " + Character.getType('A') + " " + Character.isDefined(0x378));
        System.out.println(Integer.toString(255, 16) + " " + Integer.toString(-255, 2) + " " + Integer.toBinaryString(-8) + " " + Integer.toOctalString(64) + " " + Long.toHexString(-1L) + " " + Integer.parseInt("-ff", 16) + " " + Integer.valueOf("0777".substring(1), 8) + " " + Long.parseLong("zz", 36));
        System.out.println(Integer.reverse(1) + " " + Integer.bitCount(255) + " " + Integer.highestOneBit(100) + " " + Integer.numberOfTrailingZeros(64) + " " + Long.numberOfLeadingZeros(1L) + " " + Integer.rotateLeft(0x80000001, 1) + " " + Integer.signum(-9) + " " + Short.reverseBytes((short) 0x1234) + " " + Character.reverseBytes('a'));
        String text = "The quick brown fox jumps over the lazy dog";
        Map<Character, Integer> freq = new TreeMap<>();
        for (char ch : text.toLowerCase().toCharArray()) if (Character.isLetter(ch)) freq.merge(ch, 1, Integer::sum);
        System.out.println(freq);
        System.out.println(Arrays.stream(text.split(" ")).map(w -> new StringBuilder(w).reverse().toString()).collect(Collectors.joining(" ", "<", ">")));
        Map<Integer, Long> byLen = Arrays.stream(text.split(" ")).collect(Collectors.groupingBy(String::length, TreeMap::new, Collectors.counting())); System.out.println(byLen);
        System.out.println(text.hashCode() + " " + "".hashCode() + " " + String.valueOf((Object) null) + " " + "x".concat("y") + " " + "a-b-c".lastIndexOf("-", 2) + " " + "abc".matches("[a-c]+") + " " + String.valueOf(new char[]{'o', 'k'}));
        char c = 'A'; c += 2; c++; int ci = c + 1; System.out.println(c + " " + ci + " " + (char) ci + " " + (c > 'B') + " " + Character.valueOf(c).compareTo('A') + " " + (int) Character.MAX_VALUE);
        String multi = "line1\nline2\r\nline3\n";
        System.out.println(multi.lines().count() + " " + multi.lines().map(String::toUpperCase).collect(Collectors.toList()) + " " + "  indented\n    more".indent(2).replace("\n", "$") + " " + "%d items".formatted(3));
        System.out.println("tab\there" + " quote\" back\\ " + 'x' + '\u0041' + " " + "\0".length() + " " + "caf\u00e9".getBytes(StandardCharsets.UTF_8).length + " " + new String(new byte[]{72, 105}, StandardCharsets.US_ASCII));
    }
}
