// Formatter corners: widths, flags, precisions, %e/%g, argument indices (%2$s and the previous argument, %<s), %h, NaN and infinities, and the String methods around formatting.
import java.util.*;

public class FormatterCorners {
    public static void main(String[] args) {
        System.out.println(String.format("|%10s|%-10s|%.3s|%S|", "abc", "abc", "abcdef", "hello"));
        System.out.println(String.format("|%5d|%-5d|%05d|%+d|% d|%,d|%(d|", 42, 42, 42, 42, 42, 1234567, -42));
        System.out.println(String.format("|%x|%X|%08x|%#x|%o|%#o|", 255, 255, 255, 255, 8, 8));
        System.out.println(String.format("|%x|%x|", -1, -1L));
        System.out.println(String.format("|%f|%.2f|%10.3f|%-10.1f|%010.2f|%,.2f|%+.1f|", 3.14159, 3.14159, 3.14159, 3.14159, -3.14159, 1234567.891, 2.0));
        System.out.println(String.format("|%e|%.2e|%E|%g|%.3g|%g|%g|", 12345.678, 0.000123, 1e-10, 12345.678, 0.0001234, 1e-5, 123456789.0));
        System.out.println(String.format("|%b|%B|%b|%c|%C|%%|%n", true, false, null, 'x', 'y').trim());
        System.out.println(String.format("|%s|%s|%s|", 1.0f, 100.0, new int[0].length));
        System.out.println(String.format("%2$s %1$s %2$s", "a", "b"));
        System.out.println(String.format("%s %<s %s", "x", "y"));
        System.out.println(String.format("|%.0f|%.0f|%.0f|%.1f|", 0.5, 1.5, 2.5, 0.05));
        System.out.println(String.format("|%10.4e|%-12.2E|", Math.PI, -Math.E));
        System.out.println(String.format("|%d|%d|%d|", (byte) -5, (short) 300, Long.MIN_VALUE));
        System.out.println(String.format("|%,d|%,.3f|", -1234567890123L, -0.5));
        System.out.println(String.format("|%h|%h|", "hi", 42));
        System.out.println(String.format(Locale.ROOT, "%.2f", 1.005));
        System.out.println(String.format("%-8s|%8.2f|%6d", "item", 12.5, 7));
        System.out.println(String.format("|%s|", (Object) null));
        System.out.println(String.format("|%.2f|%.2f|", Double.NaN, Double.NEGATIVE_INFINITY));
        System.out.println(String.format("|%f|", 1e20));
        System.out.println(String.format("|%.10f|", 1.0 / 3));
        System.out.println(String.format("|%08.3f|%-8b|", -1.5, true));
        System.out.printf("%s has %d items costing %.2f%n", "cart", 3, 9.99);
        System.out.println(String.join(",", List.of("a", "b", "c")) + " " + String.join("-", new String[]{"x", "y"}));
        System.out.println("a,b,,c,,".split(",").length + " " + "a,b,,c,,".split(",", -1).length + " " + Arrays.toString("a1b22c333".split("\\d+")));
        System.out.println(Arrays.toString(" a  b ".split(" ")) + Arrays.toString("abc".split("")) + Arrays.toString("a:b:c".split(":", 2)));
        System.out.println("Hello".repeat(3) + " " + "  pad ".strip() + "|" + "  pad ".stripLeading() + "|" + "  pad ".stripTrailing() + "|" + " ".isBlank());
        System.out.println("hello world".chars().filter(c -> c == 'o').count() + " " + "abc".compareTo("abd") + " " + "B".compareToIgnoreCase("a"));
        System.out.println("Mississippi".replace("ss", "SS") + " " + "Mississippi".replaceAll("s+", "_") + " " + "Mississippi".lastIndexOf("ss") + " " + "Mississippi".indexOf('s', 4));
        System.out.println(String.valueOf(new char[]{'a', 'b'}) + String.valueOf(3.0f) + String.valueOf(true) + String.copyValueOf(new char[]{'x', 'y', 'z'}, 1, 2));
        System.out.println("line1\nline2\r\nline3".lines().count() + " " + "ABC".toLowerCase().toUpperCase() + " " + "straße".toUpperCase() + " " + "İ".toLowerCase().length());
        StringBuilder sb = new StringBuilder("hello");
        sb.reverse().append(1).append('c').append(2.5).append(true).append((Object) null).insert(0, 9L).setCharAt(1, 'Z');
        System.out.println(sb + " " + sb.length() + " " + sb.indexOf("l") + " " + sb.charAt(2) + " " + sb.substring(3, 6));
        System.out.println(String.format("%5.1f%%", 45.678) + " " + String.format("[%3c]", 'q') + String.format("[%-3c]", 'q'));
        System.out.println(Integer.toString(255, 16) + " " + Integer.toString(-255, 2) + " " + Long.toString(Long.MAX_VALUE, 36));
        System.out.println(String.format("%,d", 999) + " " + String.format("%,d", 1000) + " " + String.format("%010d", -42) + String.format("|%-+6d|", 5));
        System.out.println(String.format("%.3e", 0.0) + " " + String.format("%e", 1.0) + " " + String.format("%g", 0.0) + " " + String.format("%.0e", 15.0));
        System.out.println("%d apples".formatted(5) + " " + "tab\there".indexOf('\t') + " " + "x".concat("y") + " " + "abc".contains("") + " " + "".isEmpty());
        char[] cs = "hello".toCharArray(); Arrays.sort(cs); System.out.println(new String(cs) + " " + new String(cs, 1, 3) + " " + "hello".matches("h.*o") + " " + "a-b_c".replaceAll("[-_]", ""));
        System.out.println("Java".charAt(0) + 'a' + " " + (char) ('a' + 1) + " " + ('a' + 'b') + " " + (int) 'A' + " " + Character.getNumericValue('z') + " " + Character.digit('f', 16) + " " + Character.forDigit(11, 16));
    }
}
