// System properties and gc, Runtime, URL form encoding, enumerations, PrintStream.append, primitive predicates
import java.io.*;
import java.net.*;
import java.nio.charset.StandardCharsets;
import java.util.*;
import java.util.function.*;

public class SystemAndEncodings {
    static void tryIt(String label, Runnable action) {
        try {
            action.run();
            System.out.println(label + " ok");
        } catch (RuntimeException e) {
            System.out.println(label + " " + e);
        }
    }

    public static void main(String[] args) throws Exception {
        System.gc();
        System.runFinalization();
        Runtime runtime = Runtime.getRuntime();
        runtime.gc();
        System.out.println((runtime.availableProcessors() >= 1) + " " + (runtime.totalMemory() >= runtime.freeMemory()) + " " + (runtime.maxMemory() > 0) + " " + (Runtime.getRuntime() == runtime));
        System.out.println(System.getProperty("kiln.test") + " " + System.setProperty("kiln.test", "one") + " " + System.getProperty("kiln.test") + " " + System.setProperty("kiln.test", "two") + " " + System.clearProperty("kiln.test") + " " + System.getProperty("kiln.test", "fallback"));
        System.out.println(System.getProperty("line.separator").length() + " " + System.getProperty("file.separator"));
        tryIt("null value", () -> System.setProperty("k", null));
        for (String text : new String[] {"hello world", "a+b=c&d", "Grüße, 世界! 😀", "safe.-*_chars", "~tilde'quote\"", ""}) {
            String encoded = URLEncoder.encode(text, StandardCharsets.UTF_8);
            String decoded = URLDecoder.decode(encoded, StandardCharsets.UTF_8);
            System.out.println("[" + text + "] " + encoded + " " + decoded.equals(text) + " " + URLEncoder.encode(text, "ISO-8859-1"));
        }
        System.out.println(URLDecoder.decode("a%20b+c%2B%e2%82%ac", "UTF-8") + " " + URLDecoder.decode("100%25+sure", StandardCharsets.UTF_8));
        for (String bad : new String[] {"%zz", "%1g", "abc%", "abc%4", "%-1", "%+4"}) {
            tryIt("decode " + bad, () -> URLDecoder.decode(bad, StandardCharsets.UTF_8));
        }
        try {
            URLEncoder.encode("x", "no-such-charset");
        } catch (UnsupportedEncodingException e) {
            System.out.println("UEE " + e.getMessage());
        }
        Enumeration<String> names = Collections.enumeration(List.of("x", "y", "z"));
        StringBuilder sb = new StringBuilder();
        while (names.hasMoreElements()) sb.append(names.nextElement());
        ArrayList<Integer> listed = Collections.list(new Vector<>(List.of(3, 1, 2)).elements());
        System.out.println(sb + " " + listed + " " + Collections.emptyEnumeration().hasMoreElements() + " " + Collections.emptyListIterator().hasNext() + " " + Collections.list(Collections.enumeration(Set.of(7))).size());
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        PrintStream ps = new PrintStream(buffer, true);
        ps.append("abc").append('-').append("0123456789", 2, 5).append(null).append(null, 1, 3);
        ps.flush();
        System.out.println(buffer.toString());
        System.out.append("direct ").append('!').append("\n");
        LongPredicate even = v -> v % 2 == 0;
        LongPredicate big = v -> v > 100;
        DoublePredicate finite = Double::isFinite;
        DoublePredicate positive = d -> d > 0;
        System.out.println(even.and(big).test(200) + " " + even.or(big).test(3) + " " + even.negate().test(3) + " " + finite.and(positive).test(Double.POSITIVE_INFINITY) + " " + finite.or(positive).test(-1) + " " + positive.negate().test(-2.5));
        StringBuilder log = new StringBuilder();
        LongConsumer first = v -> log.append("L").append(v);
        DoubleConsumer second = d -> log.append("D").append(d);
        first.andThen(v -> log.append("+")).accept(5L);
        second.andThen(d -> log.append("*")).accept(1.5);
        System.out.println(log);
    }
}
