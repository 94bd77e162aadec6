// Matcher regions: find, matches and lookingAt within a region, anchors and word boundaries at its bounds,
// lookaround that cannot see past it, reset, and the errors of bad bounds.
import java.util.regex.*;

public class MatcherRegions {
    static void all(Matcher m) {
        StringBuilder found = new StringBuilder();
        while (m.find()) found.append(m.group()).append('@').append(m.start()).append(' ');
        System.out.println(found.toString().trim() + " | " + m.regionStart() + "," + m.regionEnd() + " " + m.hitEnd());
    }

    public static void main(String[] args) {
        String text = "cat dog cattle bird cat";
        Matcher m = Pattern.compile("cat\\w*").matcher(text);
        m.region(4, 19);
        all(m);
        m.region(0, 6);
        all(m);
        m.reset();
        all(m);
        Matcher whole = Pattern.compile("dog").matcher(text).region(4, 7);
        System.out.println(whole.matches() + " " + whole.lookingAt() + " " + whole.region(4, 9).matches() + " " + whole.lookingAt());
        Matcher anchors = Pattern.compile("^\\w+$").matcher("ab cd ef");
        System.out.println(anchors.region(3, 5).matches() + " " + anchors.region(3, 5).find() + " " + anchors.group());
        Matcher bounds = Pattern.compile("\\bcd\\b").matcher("abcdef");
        System.out.println(bounds.region(2, 4).find() + " " + bounds.region(0, 6).find());
        Matcher ahead = Pattern.compile("x(?=y)").matcher("xy");
        System.out.println(ahead.region(0, 1).find() + " " + ahead.region(0, 2).find());
        Matcher behind = Pattern.compile("(?<=a)b").matcher("ab");
        System.out.println(behind.region(1, 2).find() + " " + behind.region(0, 2).find());
        Matcher digits = Pattern.compile("\\d+").matcher("a12b345c6789");
        digits.region(2, 10);
        System.out.println(digits.lookingAt() + " " + digits.group() + " " + digits.toString());
        System.out.println(digits.hasTransparentBounds() + " " + digits.hasAnchoringBounds());
        for (int[] bad : new int[][] {{-1, 3}, {2, 99}, {5, 3}}) {
            try {
                digits.region(bad[0], bad[1]);
            } catch (IndexOutOfBoundsException e) {
                System.out.println(e.getMessage());
            }
        }
        Matcher again = Pattern.compile("o").matcher("foo boo");
        again.region(2, 6);
        int count = 0;
        while (again.find()) count++;
        System.out.println(count + " " + again.replaceAll("0"));
    }
}
