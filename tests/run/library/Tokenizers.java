// java.util.StringTokenizer: default and custom delimiters, delimiters returned as tokens, countTokens as it
// goes, nextToken with new delimiters, the Enumeration view, NoSuchElementException at the end.
import java.util.*;

public class Tokenizers {
    static String all(StringTokenizer tokens) {
        List<String> out = new ArrayList<>();
        while (tokens.hasMoreTokens()) out.add(tokens.nextToken());
        return out.toString();
    }
    public static void main(String[] args) {
        System.out.println(all(new StringTokenizer("  the quick\tbrown\n\nfox  ")));
        System.out.println(all(new StringTokenizer("a,b;;c,", ",;")));
        System.out.println(all(new StringTokenizer("a,b;;c,", ",;", true)));
        System.out.println(all(new StringTokenizer("", ",")) + all(new StringTokenizer(",,,", ",")) + all(new StringTokenizer(",,", ",", true)));
        System.out.println(all(new StringTokenizer("no delimiters at all", "")));
        StringTokenizer counting = new StringTokenizer("one two three four");
        System.out.println(counting.countTokens() + " " + counting.nextToken() + " " + counting.countTokens() + " " + counting.hasMoreTokens() + " " + counting.countTokens());
        StringTokenizer switching = new StringTokenizer("key=value; other=thing");
        System.out.println(switching.nextToken("=") + "|" + switching.nextToken(";") + "|" + switching.nextToken("= ") + "|" + switching.nextToken() + "|" + switching.hasMoreTokens());
        StringTokenizer elements = new StringTokenizer("x y z");
        StringBuilder sb = new StringBuilder();
        while (elements.hasMoreElements()) sb.append(elements.nextElement()).append('/');
        System.out.println(sb);
        StringTokenizer done = new StringTokenizer("last");
        done.nextToken();
        try { done.nextToken(); } catch (NoSuchElementException e) { System.out.println("NoSuchElementException " + e.getMessage()); }
        int sum = 0;
        StringTokenizer numbers = new StringTokenizer("3 1 4 1 5 9 2 6");
        while (numbers.hasMoreTokens()) sum += Integer.parseInt(numbers.nextToken());
        System.out.println("sum " + sum);
        StringTokenizer expression = new StringTokenizer("(1+22)*3-x", "+-*/()", true);
        List<String> parts = new ArrayList<>();
        while (expression.hasMoreTokens()) parts.add(expression.nextToken());
        System.out.println(parts + " " + parts.size());
    }
}
