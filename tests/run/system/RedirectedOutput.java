// System.setOut and System.setErr: output captured in a ByteArrayOutputStream through a PrintStream, then
// the standard streams put back; System.out is the stream that was installed.
import java.io.*;
import java.util.*;

public class RedirectedOutput {
    static String capture(Runnable body) {
        PrintStream original = System.out;
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        PrintStream capturing = new PrintStream(buffer);
        System.setOut(capturing);
        try {
            body.run();
        } finally {
            System.setOut(original);
        }
        System.out.println("installed stream seen: " + (capturing != original));
        return buffer.toString();
    }

    public static void main(String[] args) {
        PrintStream original = System.out;
        String text = capture(() -> {
            System.out.println("captured line");
            System.out.printf("%d items, %.2f each%n", 3, 1.5);
            System.out.print('x');
            System.out.print(42L);
            System.out.println();
            System.out.println(List.of("a", "b"));
        });
        System.out.println("got " + text.length() + " chars:");
        for (String line : text.split("\n")) System.out.println("  | " + line);
        System.out.println(System.out == original);
        ByteArrayOutputStream errors = new ByteArrayOutputStream();
        PrintStream err = System.err;
        System.setErr(new PrintStream(errors));
        System.err.println("hidden from stderr");
        System.err.print("and more");
        System.setErr(err);
        System.out.println("stderr captured: [" + errors.toString().replace("\n", "\\n") + "]");
        ByteArrayOutputStream again = new ByteArrayOutputStream();
        PrintStream stream = new PrintStream(again);
        System.setOut(stream);
        System.out.println("héllo wörld");
        boolean same = System.out == stream;
        System.setOut(original);
        System.out.println(same + " " + again.size() + " " + Arrays.toString(Arrays.copyOf(again.toByteArray(), 4)));
        try {
            capture(() -> {
                System.out.println("before the failure");
                throw new IllegalStateException("inside");
            });
        } catch (IllegalStateException e) {
            System.out.println("restored after " + e.getMessage());
        }
    }
}
