// java.nio.charset: the six standard charsets encoding and decoding (unmappable characters, lone surrogates,
// malformed bytes, byte-order marks), Charset.forName by alias, its exceptions, UnsupportedEncodingException,
// and readers and writers over a charset.
import java.io.*;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.charset.IllegalCharsetNameException;
import java.util.*;

public class CharsetsAndBytes {
    static String show(byte[] bytes) {
        StringBuilder sb = new StringBuilder();
        for (byte b : bytes) sb.append(String.format("%02x", b & 0xff));
        return sb + "(" + bytes.length + ")";
    }

    public static void main(String[] args) throws Exception {
        String[] texts = {"Hello", "café", "Ωμέγα", "a😀b", "\u00ff\u0100", "lone\ud800x", "end\udc00", "", "日本語"};
        Charset[] charsets = {StandardCharsets.UTF_8, StandardCharsets.US_ASCII, StandardCharsets.ISO_8859_1, StandardCharsets.UTF_16, StandardCharsets.UTF_16BE, StandardCharsets.UTF_16LE};
        for (Charset cs : charsets) {
            System.out.println(cs + " " + cs.name() + " " + cs.displayName() + " " + cs.canEncode() + " " + cs.equals(Charset.forName(cs.name())));
            for (String t : texts) {
                byte[] bytes = t.getBytes(cs);
                String back = new String(bytes, cs);
                System.out.println("  " + show(bytes) + " -> " + back + " " + back.equals(t) + " " + back.length());
            }
        }
        byte[] raw = {(byte) 0x48, (byte) 0xc3, (byte) 0xa9, (byte) 0xff, (byte) 0x80, (byte) 0x41, (byte) 0xe2, (byte) 0x82};
        for (Charset cs : charsets) {
            String decoded = new String(raw, cs);
            StringBuilder codes = new StringBuilder();
            for (int i = 0; i < decoded.length(); i++) codes.append(Integer.toHexString(decoded.charAt(i))).append(' ');
            System.out.println(cs + ": " + codes.toString().trim());
        }
        byte[] bom = {(byte) 0xff, (byte) 0xfe, 0x41, 0x00, 0x42, 0x00};
        System.out.println(new String(bom, StandardCharsets.UTF_16) + " " + new String(bom, StandardCharsets.UTF_16LE).length() + " " + new String(bom, 2, 4, StandardCharsets.UTF_16LE));
        System.out.println(new String("héllo".getBytes("UTF-8"), "ISO-8859-1") + " " + new String("héllo".getBytes("latin1"), "utf8") + " " + show("x".getBytes("UTF-16")));
        System.out.println(Charset.forName("utf-8") + " " + Charset.forName("ascii") + " " + Charset.forName("Latin1") + " " + Charset.isSupported("UTF-16LE") + " " + Charset.isSupported("x-nothing") + " " + Charset.defaultCharset());
        try { Charset.forName("x-nothing"); } catch (UnsupportedCharsetException e) { System.out.println("unsupported " + e.getMessage() + " " + e.getCharsetName()); }
        try { Charset.forName("bad name"); } catch (IllegalCharsetNameException e) { System.out.println("illegal " + e.getMessage() + " " + e.getCharsetName()); }
        try { "x".getBytes("nope"); } catch (UnsupportedEncodingException e) { System.out.println("encoding " + e.getMessage()); }
        try { new String(new byte[1], "bad name"); } catch (UnsupportedEncodingException e) { System.out.println("encoding " + e.getMessage()); }
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        Writer w = new OutputStreamWriter(buffer, StandardCharsets.UTF_16BE);
        w.write("Añ😀");
        w.flush();
        System.out.println(show(buffer.toByteArray()));
        Reader r = new InputStreamReader(new ByteArrayInputStream(buffer.toByteArray()), StandardCharsets.UTF_16BE);
        StringBuilder read = new StringBuilder();
        int c;
        while ((c = r.read()) != -1) read.append((char) c);
        System.out.println(read + " " + read.length());
        BufferedReader lines = new BufferedReader(new InputStreamReader(new ByteArrayInputStream("one\ntwö\n".getBytes(StandardCharsets.ISO_8859_1)), StandardCharsets.ISO_8859_1));
        System.out.println(lines.readLine() + "|" + lines.readLine() + "|" + lines.readLine());
        System.out.println(new OutputStreamWriter(new ByteArrayOutputStream(), StandardCharsets.US_ASCII).getEncoding() + " " + new InputStreamReader(new ByteArrayInputStream(new byte[0])).getEncoding());
        List<Charset> sorted = new ArrayList<>(Arrays.asList(charsets));
        Collections.sort(sorted);
        System.out.println(sorted + " " + (StandardCharsets.UTF_8.hashCode() == "UTF-8".hashCode()));
        System.out.println(Arrays.toString("Zoë".getBytes(StandardCharsets.UTF_8)) + " " + Arrays.toString("Zoë".getBytes()));
    }
}
