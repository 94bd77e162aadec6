// Lookbehind, atomic groups and possessive quantifiers, MatchResult (toMatchResult, results), replaceAll with a
// function, Pattern.splitAsStream, asPredicate and asMatchPredicate, checked against the JVM's regex engine.
import java.util.*;
import java.util.regex.*;
import java.util.stream.*;

public class RegexLookaroundAndResults {
    static void show(String regex, String input) {
        try {
            Matcher m = Pattern.compile(regex).matcher(input);
            StringBuilder sb = new StringBuilder();
            while (m.find()) {
                sb.append('[').append(m.group()).append('@').append(m.start());
                for (int g = 1; g <= m.groupCount(); g++) sb.append(' ').append(g).append('=').append(m.group(g));
                sb.append(']');
            }
            System.out.println(regex + " on \"" + input + "\": " + sb + " matches=" + input.matches(regex));
        } catch (PatternSyntaxException e) {
            System.out.println(regex + ": " + e.getDescription() + " at " + e.getIndex());
        }
    }

    public static void main(String[] args) {
        show("(?<=\\$)\\d+", "cost $42 and $7, not 99");
        show("(?<!\\$)\\b\\d+", "cost $42 and $7, not 99");
        show("(?<=ab|c)d", "abd cd xd bd");
        show("(?<=a{1,3})b", "b ab aaab");
        show("(?<=(\\w))x", "ax bx x");
        show("(?<![a-z])[A-Z]+", "HTTPServer xURL ID");
        show("(?<=^|,)\\s*(\\w*)", "alpha, beta,,gamma");
        show("\\B(?=(\\d{3})+(?!\\d))", "1234567");
        show("(?>a+)b", "aaab aaa");
        show("(?>a|ab)c", "abc ac");
        show("a++a", "aaaa");
        show("a*+b", "aaab b");
        show("\"[^\"]*+\"", "say \"hi\" and \"bye\"");
        show("x?+x", "x xx");
        show("(\\d)(?<=\\1)", "11");
        show("(?<=\\1)b", "bb");
        System.out.println("1234567890".replaceAll("\\B(?=(\\d{3})+(?!\\d))", ","));
        System.out.println("camelCaseWordsHere".replaceAll("(?<=[a-z])(?=[A-Z])", " "));
        System.out.println(Arrays.toString("oneTwoThreeFour".split("(?<=[a-z])(?=[A-Z])")));
        System.out.println(Arrays.toString("a1b2c3".split("(?<=\\d)")));

        Matcher m = Pattern.compile("(\\w)(\\d)").matcher("a1 b2 c3");
        List<MatchResult> kept = new ArrayList<>();
        while (m.find()) kept.add(m.toMatchResult());
        for (MatchResult r : kept) System.out.println(r.group() + " " + r.group(1) + " " + r.start(2) + "-" + r.end(2) + " of " + r.groupCount());
        MatchResult none = Pattern.compile("z").matcher("abc").toMatchResult();
        try {
            none.group();
        } catch (IllegalStateException e) {
            System.out.println("no match: " + e.getMessage());
        }
        System.out.println(Pattern.compile("\\d+").matcher("a12b345c6").results().map(MatchResult::group).collect(Collectors.toList()));
        System.out.println(Pattern.compile("(\\w+)=(\\d+)").matcher("x=1, yy=22, zzz=333").results()
            .map((MatchResult r) -> r.group(1) + ":" + (Integer.parseInt(r.group(2)) * 2)).collect(Collectors.joining(";")));
        System.out.println(Pattern.compile("\\d+").matcher("a12b345c6").replaceAll((MatchResult r) -> "<" + (r.group().length()) + ">"));
        System.out.println(Pattern.compile("[aeiou]").matcher("programming language").replaceFirst((MatchResult r) -> r.group().toUpperCase()));
        System.out.println(Pattern.compile("\\s*;\\s*").splitAsStream("a ; b;c  ;d").map(String::toUpperCase).collect(Collectors.toList()));
        List<String> words = Arrays.asList("apple", "banana", "cherry", "date", "fig", "grape");
        System.out.println(words.stream().filter(Pattern.compile("an").asPredicate()).collect(Collectors.toList()));
        System.out.println(words.stream().filter(Pattern.compile("[a-f]+").asMatchPredicate()).collect(Collectors.toList()));
        System.out.println(words.stream().filter(Pattern.compile("^.{4,5}$").asPredicate().negate()).count());
    }
}
