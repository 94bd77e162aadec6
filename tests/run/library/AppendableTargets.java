// Appendable and Formatter: a Formatter writing into a StringBuilder, a StringWriter and System.out; code that
// takes any Appendable; closing and the closed Formatter's exception.
import java.io.*;
import java.util.*;

public class AppendableTargets {
    static void table(Appendable out, String[] names, int[] scores) throws IOException {
        for (int i = 0; i < names.length; i++) {
            out.append(names[i]).append(':').append(' ').append(String.valueOf(scores[i])).append('\n');
        }
        out.append("total=", 0, 5).append(' ').append(null).append('\n');
    }

    public static void main(String[] args) throws IOException {
        String[] names = {"ann", "bob", "cy"};
        int[] scores = {90, 72, 85};
        StringBuilder sb = new StringBuilder();
        table(sb, names, scores);
        System.out.print(sb);
        StringWriter sw = new StringWriter();
        table(sw, names, scores);
        System.out.print(sw.toString().toUpperCase());
        table(System.out, names, scores);
        StringBuilder target = new StringBuilder("> ");
        Formatter f = new Formatter(target);
        f.format("%s scored %d%n", "ann", 90).format("%-5s|%5.1f|%n", "bob", 72.25);
        System.out.print(target);
        System.out.println(f.out() == target);
        System.out.println(f.toString().length() + " " + f.locale());
        f.close();
        try {
            f.format("x");
        } catch (IllegalStateException e) {
            System.out.println("closed: " + e.getClass().getName());
        }
        Formatter console = new Formatter(System.out);
        console.format("%08.3f|%x%n", Math.PI, 255);
        console.flush();
        StringWriter w = new StringWriter();
        try (Formatter fw = new Formatter(w)) {
            fw.format("%d + %d = %d", 2, 3, 5);
        }
        System.out.println(w);
        Appendable a = new StringBuffer();
        a.append("buf").append('!');
        System.out.println(a + " " + (a instanceof CharSequence) + " " + (sb instanceof Appendable));
        Formatter plain = new Formatter();
        plain.format("%s", "plain");
        System.out.println(plain + " " + (plain.out() instanceof StringBuilder));
    }
}
