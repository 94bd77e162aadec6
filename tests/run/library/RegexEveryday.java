// Everyday regular expressions: validation, extraction with groups, replaceAll with references, split limits, find loops, flags and quoting.
import java.util.*;
import java.util.regex.*;

public class RegexEveryday {
    public static void main(String[] args) {
        String[] emails = {"ada@example.com", "bad@", "x.y+z@sub.domain.org", "@nope.com", "UPPER@CASE.IO"};
        Pattern email = Pattern.compile("^[\\w.+-]+@([\\w-]+\\.)+[a-zA-Z]{2,}$");
        for (String e : emails) System.out.print(email.matcher(e).matches() + " ");
        System.out.println();
        Matcher m = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})").matcher("dates: 2024-01-15, 1999-12-31 and 2000-02-29.");
        while (m.find()) System.out.println(m.group() + " y=" + m.group(1) + " m=" + m.group(2) + " d=" + m.group(3) + " at " + m.start() + "-" + m.end() + " g2start=" + m.start(2));
        System.out.println("2024-01-15".replaceAll("(\\d+)-(\\d+)-(\\d+)", "$3/$2/$1"));
        System.out.println("hello world foo".replaceAll("\\b(\\w)", "<$1>"));
        System.out.println("a1b22c333".replaceAll("[0-9]+", "#") + " " + "a1b22c333".replaceFirst("\\d+", "#"));
        System.out.println(Arrays.toString("a,b,,c,,".split(",")) + " " + Arrays.toString("a,b,,c,,".split(",", -1)) + " " + Arrays.toString("a,b,,c,,".split(",", 2)));
        System.out.println(Arrays.toString("  leading and   trailing  ".trim().split("\\s+")) + " " + Arrays.toString("one1two22three".split("\\d+")) + " " + Arrays.toString("abc".split("")));
        System.out.println(Arrays.toString(" x y".split(" ")) + " " + Arrays.toString("".split(",")) + " " + "".split(",").length);
        Matcher named = Pattern.compile("(?<key>[a-z]+)=(?<value>[^;]*)").matcher("host=localhost;port=8080;debug=");
        Map<String, String> config = new LinkedHashMap<>();
        while (named.find()) config.put(named.group("key"), named.group("value"));
        System.out.println(config);
        Pattern ci = Pattern.compile("kiln", Pattern.CASE_INSENSITIVE);
        System.out.println(ci.matcher("A KILN, a Kiln, a kiLn").replaceAll("oven") + " " + ci.matcher("xKILNx").find() + " " + ci.flags());
        Pattern multi = Pattern.compile("^(\\w+):", Pattern.MULTILINE);
        Matcher mm = multi.matcher("first: 1\nsecond: 2\nthird: 3");
        List<String> keys = new ArrayList<>();
        while (mm.find()) keys.add(mm.group(1));
        System.out.println(keys);
        System.out.println(Pattern.matches("a*b", "aaab") + " " + Pattern.matches("a*b", "aaabc") + " " + "abc".matches("[abc]{3}") + " " + "x".matches("."));
        System.out.println(Pattern.quote("1+1=2") + " " + "1+1=2?".replaceAll(Pattern.quote("1+1"), "two") + " " + "cost: $5".replaceAll("\\$", "USD ") + " " + "a.b.c".replace(".", "::"));
        System.out.println("price 10 and 20".replaceAll("(\\d+)", Matcher.quoteReplacement("$$1")));
        Matcher g = Pattern.compile("(a)(b)?(c)").matcher("ac");
        System.out.println(g.matches() + " " + g.groupCount() + " " + g.group(2) + " " + g.start(2) + " " + g.group(3));
        Matcher lookingAt = Pattern.compile("\\d+").matcher("123abc");
        System.out.println(lookingAt.lookingAt() + " " + lookingAt.end() + " " + lookingAt.matches());
        StringBuffer sb = new StringBuffer();
        Matcher up = Pattern.compile("[aeiou]").matcher("programming language");
        while (up.find()) up.appendReplacement(sb, up.group().toUpperCase());
        up.appendTail(sb);
        System.out.println(sb);
        System.out.println(Pattern.compile(",\\s*").splitAsStream("x, y,z").map(String::toUpperCase).collect(java.util.stream.Collectors.toList()));
        System.out.println(Pattern.compile("o").matcher("foo boo").results().count() + " " + Pattern.compile("\\d").matcher("a1b2c3").replaceAll((MatchResult r) -> "[" + r.group() + "]"));
        try { Pattern.compile("(unclosed"); } catch (PatternSyntaxException e) { System.out.println("syntax: " + e.getDescription() + " at " + e.getIndex()); }
        try { Pattern.compile("a{2,1}"); } catch (PatternSyntaxException e) { System.out.println("syntax: " + e.getDescription()); }
        try { Matcher bad = Pattern.compile("x").matcher("y"); bad.group(); } catch (IllegalStateException e) { System.out.println("state: " + e.getMessage()); }
        System.out.println("Tab\tand\nnewline".replaceAll("\\s", "_") + " " + "CamelCaseString".replaceAll("([A-Z])", "_$1").toLowerCase() + " " + "snake_case_here".split("_").length);
        System.out.println("aaa".replaceAll("a*", "X") + " " + "abc".replaceAll("", "-") + " " + "a+b".split("\\+").length);
        System.out.println("(?i)" + "Hello".matches("(?i)hello") + " " + "line1\nline2".matches("(?s)line1.line2") + " " + "ab12".replaceAll("[^a-z]", ""));
        System.out.println(String.join("|", "2021-03-04T05:06:07".split("[-T:]")));
        Matcher reuse = Pattern.compile("\\w+").matcher("one two");
        reuse.find(); String first = reuse.group(); reuse.reset("three four five"); int count = 0; while (reuse.find()) count++;
        System.out.println(first + " " + count + " " + reuse.hitEnd());
        System.out.println("x1y2".replaceAll("(?<letter>[a-z])(?<digit>\\d)", "${digit}${letter}"));
        System.out.println("mississippi".replaceAll("(ss)+", "S") + " " + "mississippi".indexOf("ss", 3) + " " + "aXbXc".split("X", 0).length + " " + Pattern.compile("[,;]").split("a;b,c").length);
    }
}
