// RegexLinebreaks: the linebreak matcher \R and the horizontal and vertical space classes \h \v \H \V
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

public class RegexLinebreaks {
    static String show(String s) { return s.replace("\r", "\\r").replace("\n", "\\n").replace("\t", "\\t").replace("\u000B", "\\v").replace("\u2028", "\\u2028"); }
    public static void main(String[] args) {
        String text = "one\r\ntwo\nthree\rfour\u2028five\u000Bsix\r\n\r\nseven";
        System.out.println(Arrays.toString(text.split("\\R")));
        System.out.println(Arrays.toString(text.split("\\R+")));
        System.out.println(show(text.replaceAll("\\R", "|")));
        System.out.println("\r\n".matches("\\R") + " " + "\r\n".matches("\\R\\n") + " " + "\r\n".matches("\\R{2}") + " " + "\n\r".matches("\\R{2}") + " " + "x".matches("\\R"));
        Matcher m = Pattern.compile("(\\w+)\\h*=\\h*(\\w+)").matcher("a = 1\tb=\u00A02\nc  =3");
        while (m.find()) System.out.print(m.group(1) + "->" + m.group(2) + "; ");
        System.out.println();
        System.out.println(show("a \t b\n\tc".replaceAll("\\h+", "_")) + " " + show("a\nb\u000Bc\fd".replaceAll("\\v", "/")));
        System.out.println(show("x \ty\nz".replaceAll("\\H", "#")) + " " + show("x \ty\nz".replaceAll("\\V", ".")));
        System.out.println(Arrays.toString("k1: v1\r\nk2: v2\n".split("\\R")) + " " + "line\r\n".replaceFirst("\\R$", "") + "!");
        System.out.println(Pattern.compile("[\\h,]+").splitAsStream("a, b ,\tc").count());
    }
}
