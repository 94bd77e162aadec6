import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

// java.util.regex and the String methods that take a regular expression: groups, alternation,
// quantifiers (greedy and reluctant), classes, anchors, back references, lookahead, flags, split's edge
// cases and replacement strings.
public class RegularExpressions {
    static void show(String regex, String input) {
        Matcher m = Pattern.compile(regex).matcher(input);
        StringBuilder found = new StringBuilder();
        while (m.find()) {
            found.append('[').append(m.group()).append('@').append(m.start()).append('-').append(m.end());
            for (int g = 1; g <= m.groupCount(); g++) found.append(' ').append(g).append('=').append(m.group(g));
            found.append(']');
        }
        System.out.println(regex + " on \"" + input + "\": " + found);
    }

    public static void main(String[] args) {
        show("\\d+", "a1b22c333");
        show("(\\w+)@(\\w+)\\.com", "ada@math.com, alan@code.com");
        show("cat|dog|bird", "dog cat fish bird");
        show("a.*b", "aXbYb");
        show("a.*?b", "aXbYb");
        show("x*", "axxb");
        show("(a)|(b)", "ab");
        show("\\bthe\\b", "the other then the");
        show("colou?r", "color colour colouur");
        show("\\d{2,3}", "1 12 123 1234 12345");
        show("[^aeiou\\s]+", "hello world");
        show("(\\w)\\1", "aabbcd eff");
        show("\\w+(?=!)", "wow! nice yes!");
        show("\\d+(?!px)", "10px 20em 30");
        show("^\\w+", "first second");
        show("\\w+$", "first second");
        show("[A-Z][a-z]*", "Hello World FROM Kiln");
        show("(?i)kiln", "Kiln KILN kiln kILn");
        show("[a-c[x-z]]+", "abcxyzdef");
        show("\\p{Upper}\\p{Lower}+", "Java Scala kiln Rust");
        show("(\\d+)-(\\d+)?", "1-2 3- 4-5");

        System.out.println("2024-06-01".matches("\\d{4}-\\d{2}-\\d{2}") + " " + "2024-6-1".matches("\\d{4}-\\d{2}-\\d{2}"));
        System.out.println("user@example.org".matches("[\\w.]+@[\\w]+\\.(org|com)") + " " + "nope@x".matches("[\\w.]+@[\\w]+\\.(org|com)"));
        Pattern words = Pattern.compile("(?<first>\\w+) (?<last>\\w+)");
        Matcher named = words.matcher("Grace Hopper");
        if (named.matches()) System.out.println(named.group("last") + ", " + named.group("first") + " " + named.start("last"));
        Matcher partial = Pattern.compile("\\d+").matcher("123abc");
        System.out.println(partial.matches() + " " + partial.lookingAt() + " " + partial.end());
        Matcher counted = Pattern.compile("o").matcher("foo boo");
        int count = 0;
        while (counted.find()) count++;
        System.out.println("o count " + count);

        System.out.println("a1b2c3".replaceAll("[0-9]", "#") + " " + "a1b2c3".replaceFirst("[0-9]", "#"));
        System.out.println("John Smith".replaceAll("(\\w+) (\\w+)", "$2, $1") + " " + "x-y".replaceAll("(?<a>\\w)-(?<b>\\w)", "${b}+${a}"));
        System.out.println("cost: 5".replaceAll("\\d", "\\$9") + " " + "a.b.c".replaceAll("\\.", "/") + " " + "tabs\there".replaceAll("\\s", "_"));
        System.out.println("aaa".replaceAll("a*", "X") + " " + "abc".replaceAll("", "-") + " " + "Hello".replaceAll("(?i)h", "J"));
        Matcher builder = Pattern.compile("(\\d+)").matcher("3 apples and 12 pears");
        StringBuilder out = new StringBuilder();
        while (builder.find()) builder.appendReplacement(out, String.valueOf(Integer.parseInt(builder.group(1)) * 2));
        builder.appendTail(out);
        System.out.println(out);

        System.out.println(Arrays.toString("a,b,,c,,".split(",")) + " " + Arrays.toString("a,b,,c,,".split(",", -1)) + " " + Arrays.toString("a,b,,c,,".split(",", 2)));
        System.out.println(Arrays.toString(" lead and  trail ".split(" ")) + " " + Arrays.toString("abc".split("")) + " " + Arrays.toString("".split(",")));
        System.out.println(Arrays.toString("one1two22three".split("\\d+")) + " " + Arrays.toString("a|b|c".split("\\|")) + " " + Arrays.toString("k=v; x = y".split("\\s*[=;]\\s*")));
        System.out.println(Arrays.toString(Pattern.compile("\\s+").split("  split   on spaces ")) + " " + Arrays.toString("2024-06-01".split("-", 0)));
        System.out.println(Pattern.compile("A", Pattern.CASE_INSENSITIVE).matcher("banana").replaceAll("o"));
        System.out.println(Pattern.compile("^\\w", Pattern.MULTILINE).matcher("one\ntwo\nthree").replaceAll("*"));
        System.out.println(Pattern.compile("a.c", Pattern.DOTALL).matcher("a\nc").matches() + " " + Pattern.matches("a.c", "a\nc"));
        System.out.println(Pattern.quote("1+1=2") + " " + "1+1=2".matches(Pattern.quote("1+1=2")) + " " + Matcher.quoteReplacement("$5\\"));
        System.out.println(Pattern.compile("x+").pattern() + " " + Pattern.compile("(a)(b(c))").matcher("").groupCount());

        try {
            Pattern.compile("\\d+").matcher("abc").group();
        } catch (IllegalStateException e) {
            System.out.println("IllegalStateException: " + e.getMessage());
        }
        try {
            Matcher m = Pattern.compile("(a)").matcher("a");
            m.find();
            m.group(2);
        } catch (IndexOutOfBoundsException e) {
            System.out.println("IndexOutOfBoundsException: " + e.getMessage());
        }
        try {
            Pattern.compile("(ab");
        } catch (PatternSyntaxException e) {
            System.out.println("PatternSyntaxException: " + e.getDescription() + " at " + e.getIndex());
        }
        try {
            Pattern.compile("*a");
        } catch (PatternSyntaxException e) {
            System.out.println("PatternSyntaxException: " + e.getDescription() + " at " + e.getIndex());
        }
        try {
            "x".replaceAll("x", "$2");
        } catch (IndexOutOfBoundsException e) {
            System.out.println("IndexOutOfBoundsException: " + e.getMessage());
        }
    }
}
