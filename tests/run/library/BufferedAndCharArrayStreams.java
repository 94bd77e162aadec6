// Buffered byte streams (when their bytes reach System.out, mark and reset, reads around the buffer), char
// array readers and writers, an InputStream of a program's own read in blocks, and the base class's mark.
import java.io.*;
import java.nio.charset.StandardCharsets;
import java.util.*;

public class BufferedAndCharArrayStreams {
    static class Counting extends InputStream {
        private int next = 0;
        private final int limit;
        int reads = 0;

        Counting(int limit) {
            this.limit = limit;
        }

        @Override
        public int read() {
            reads++;
            return next < limit ? 'a' + (next++ % 26) : -1;
        }
    }

    public static void main(String[] args) throws IOException {
        BufferedOutputStream buffered = new BufferedOutputStream(System.out, 16);
        buffered.write("one ".getBytes());
        System.out.println("[direct 1]");
        buffered.write("two three four five ".getBytes());
        System.out.println("[direct 2]");
        buffered.write('!');
        buffered.write('\n');
        System.out.println("[direct 3]");
        buffered.flush();
        System.out.println("[after flush]");
        byte[] big = new byte[40];
        Arrays.fill(big, (byte) '=');
        buffered.write('<');
        buffered.write(big);
        buffered.write('>');
        buffered.write('\n');
        buffered.flush();

        Counting counting = new Counting(10);
        byte[] block = new byte[6];
        int n1 = counting.read(block, 0, 6);
        int n2 = counting.read(block, 0, 6);
        int n3 = counting.read(block, 0, 6);
        System.out.println(n1 + " " + n2 + " " + n3 + " " + counting.reads + " " + new String(block, 0, 4));
        System.out.println(counting.markSupported());
        counting.mark(5);
        try {
            counting.reset();
        } catch (IOException e) {
            System.out.println("reset: " + e.getMessage());
        }
        System.out.println(new String(new Counting(30).readAllBytes()));

        BufferedInputStream in = new BufferedInputStream(new ByteArrayInputStream("abcdefghijklmnopqrstuvwxyz".getBytes()), 4);
        StringBuilder read = new StringBuilder();
        read.append((char) in.read()).append((char) in.read());
        in.mark(10);
        read.append((char) in.read()).append((char) in.read()).append((char) in.read());
        in.reset();
        read.append('|').append((char) in.read());
        byte[] chunk = new byte[7];
        int got = in.read(chunk);
        read.append('|').append(new String(chunk, 0, got)).append('|').append(in.skip(3)).append('|').append(in.available());
        System.out.println(read);
        System.out.println(new String(in.readAllBytes()) + " " + in.read() + " " + in.markSupported());
        BufferedInputStream unmarked = new BufferedInputStream(new ByteArrayInputStream(new byte[3]));
        try {
            unmarked.reset();
        } catch (IOException e) {
            System.out.println(e.getMessage());
        }
        in.close();
        try {
            in.read();
        } catch (IOException e) {
            System.out.println(e.getMessage());
        }

        CharArrayWriter writer = new CharArrayWriter();
        writer.write("hello");
        writer.append(", ").append("world", 0, 3).append('!');
        System.out.println(writer + " " + writer.size() + " " + writer.toCharArray().length);
        StringWriter copy = new StringWriter();
        writer.writeTo(copy);
        writer.reset();
        writer.write('x');
        System.out.println(copy + " " + writer);
        PrintWriter printer = new PrintWriter(writer);
        printer.printf("%d-%s", 7, "up");
        printer.flush();
        System.out.println(writer.toString());

        CharArrayReader reader = new CharArrayReader("abcdefgh".toCharArray(), 2, 5);
        char[] into = new char[3];
        int count = reader.read(into);
        reader.mark(0);
        String first = new String(into, 0, count);
        System.out.println(first + " " + (char) reader.read() + " " + reader.ready() + " " + reader.skip(10));
        reader.reset();
        System.out.println((char) reader.read() + " " + reader.read() + " " + reader.read());
        BufferedReader lines = new BufferedReader(new CharArrayReader("line one\nline two\n\nlast".toCharArray()));
        String line;
        while ((line = lines.readLine()) != null) System.out.println("<" + line + ">");
        Flushable flushable = System.out;
        flushable.flush();
        Flushable other = new StringWriter();
        other.flush();
        System.out.println((flushable instanceof Closeable) + " " + (writer instanceof Flushable) + " " + (new Formatter() instanceof Flushable));
    }
}
