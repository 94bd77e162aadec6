// Regular expressions: groups, named groups, lookaround, backreferences, quantifiers, flags, replacement, splitting and Unicode properties.
import java.util.*;
import java.util.regex.*;
import java.util.stream.*;

public class RegexTour {
    public static void main(String[] args) {
        Pattern date = Pattern.compile("(?<year>\\d{4})-(?<month>\\d{2})-(?<day>\\d{2})");
        Matcher m = date.matcher("from 2024-01-15 to 2025-12-31, not 99-1-1");
        while (m.find()) {
            System.out.println(m.group() + " y=" + m.group("year") + " m=" + m.group(2) + " d=" + m.group("day") + " at " + m.start() + ".." + m.end() + " groups=" + m.groupCount());
        }
        System.out.println("2024-01-15".replaceAll("(\\d+)-(\\d+)-(\\d+)", "$3/$2/$1"));
        System.out.println(date.matcher("x 2024-01-15 y").replaceFirst("${day}.${month}.${year}"));
        System.out.println("aaa bbb ccc".replaceAll("\\b(\\w)", "[$1]"));
        System.out.println(Pattern.compile("(\\w)\\1").matcher("hello bookkeeper").results().map(MatchResult::group).collect(Collectors.toList()));
        System.out.println("foo123bar45".split("(?<=\\d)(?=\\D)").length + " " + Arrays.toString("foo123bar45".split("(?<=\\d)(?=\\D)|(?<=\\D)(?=\\d)")));
        System.out.println(Arrays.toString("a,b,,c,,".split(",")));
        System.out.println(Arrays.toString("a,b,,c,,".split(",", -1)));
        System.out.println(Arrays.toString("a,b,,c,,".split(",", 2)));
        System.out.println(Arrays.toString(" x  y   z ".trim().split("\\s+")));
        System.out.println(Arrays.toString("".split(",")));
        System.out.println(Arrays.toString("abc".split("")));
        Pattern ci = Pattern.compile("hello", Pattern.CASE_INSENSITIVE);
        System.out.println(ci.matcher("Say HeLLo!").find() + " " + ci.matcher("HELLO").matches());
        Pattern ml = Pattern.compile("^(\\w+):", Pattern.MULTILINE);
        Matcher mm = ml.matcher("key: v\nname: w\n  no: x");
        List<String> keys = new ArrayList<>();
        while (mm.find()) keys.add(mm.group(1));
        System.out.println(keys);
        System.out.println(Pattern.matches("a*b+c?", "aaabbb") + " " + Pattern.matches("a*b+c?", "ac"));
        System.out.println("x1y22z333".replaceAll("\\d+", "#") + " " + "x1y22z333".replaceAll("\\d+?", "#"));
        System.out.println("<a><b></b></a>".replaceAll("<.+?>", "T") + " " + "<a><b></b></a>".replaceAll("<.+>", "T"));
        Matcher g = Pattern.compile("(a)?(b)").matcher("b");
        System.out.println(g.matches() + " " + g.group(1) + " " + g.start(1) + " " + g.group(2));
        System.out.println(Pattern.quote("1+1=2") + " " + "1+1=2".matches(Pattern.quote("1+1=2")));
        System.out.println(Matcher.quoteReplacement("$1 \\ x"));
        System.out.println("cost: 5".replaceAll("\\d", Matcher.quoteReplacement("$9")));
        StringBuilder sb = new StringBuilder();
        Matcher am = Pattern.compile("\\d+").matcher("a1b22c333");
        while (am.find()) am.appendReplacement(sb, "<" + (Integer.parseInt(am.group()) * 2) + ">");
        am.appendTail(sb);
        System.out.println(sb);
        System.out.println(Pattern.compile("\\d+").matcher("a1b22c333").replaceAll((MatchResult r) -> String.valueOf(r.group().length())));
        System.out.println("tab\tsep\tvalues".split("\t").length);
        System.out.println("[a-z]".matches("\\[a-z\\]") + " " + "A-Z".matches("[A\\-Z]+"));
        System.out.println("über".matches("\\p{L}+") + " " + "abc".matches("\\p{Lower}+") + " " + "ABC1".matches("\\p{Alnum}+"));
        System.out.println("colour color".replaceAll("colou?r", "C"));
        System.out.println(Pattern.compile(",").splitAsStream("p,q,r").map(String::toUpperCase).collect(Collectors.joining("|")));
        System.out.println("a.b.c".split("\\.").length + " " + "a|b|c".split("\\|").length);
        Matcher hit = Pattern.compile("(?i)(?:x|y)(\\d{2,3})").matcher("X1 y12 X1234");
        while (hit.find()) System.out.println(hit.group(1) + "@" + hit.start());
        System.out.println("aXbXc".replace("X", "$") + " " + "a.b".replace('.', '/'));
        try {
            Pattern.compile("(unclosed");
        } catch (PatternSyntaxException e) {
            System.out.println("syntax: " + e.getDescription() + " index=" + e.getIndex());
        }
        Matcher lm = Pattern.compile("o").matcher("foo boo");
        System.out.println(lm.lookingAt() + " " + Pattern.compile("f").matcher("foo").lookingAt());
        Matcher reset = Pattern.compile("\\w+").matcher("one two");
        reset.find();
        reset.reset("three four five");
        int count = 0;
        while (reset.find()) count++;
        System.out.println(count);
        System.out.println(Pattern.compile("\\s*,\\s*").split("a , b,c ,d").length);
        System.out.println("Hello World".chars().filter(Character::isUpperCase).count());
        System.out.println(Pattern.compile("^$", Pattern.MULTILINE).matcher("a\n\nb").find());
        System.out.println("a1b2".replaceAll("[^0-9]", "") + " " + "Mississippi".replaceAll("(s)\\1", "$1"));
        System.out.println(Pattern.compile("x*").matcher("axb").replaceAll("-"));
        System.out.println(Pattern.compile("(?s)a.b").matcher("a\nb").matches() + " " + Pattern.compile("a.b").matcher("a\nb").matches());
    }
}
