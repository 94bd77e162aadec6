import java.nio.charset.StandardCharsets;
import java.util.Arrays;

// Strings to UTF-8 bytes and back. (Kiln's String.getBytes() and new String(byte[]) are UTF-8, the JDK's
// default charset since Java 18; this twin names the charset so that the JVM of any version agrees.)
public class StringBytes {
    static String units(String text) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            out.append(i == 0 ? "" : " ").append(Integer.toHexString(text.charAt(i)));
        }
        return out.toString();
    }

    static void decode(byte[] bytes) {
        System.out.println(units(new String(bytes, StandardCharsets.UTF_8)));
    }

    public static void main(String[] args) {
        String text = "h\u00e9llo \u2615 \ud834\udd1e!";
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        System.out.println(Arrays.toString(bytes));
        System.out.println(new String(bytes, StandardCharsets.UTF_8).equals(text));
        System.out.println(units(new String(bytes, 1, 2, StandardCharsets.UTF_8)));
        System.out.println(Arrays.toString("a\ud800b\udc00".getBytes(StandardCharsets.UTF_8)));
        decode(new byte[] { 97, (byte) 0xC3 });
        decode(new byte[] { (byte) 0xE2, 0x28, (byte) 0xA1 });
        decode(new byte[] { (byte) 0xF0, (byte) 0x9F, (byte) 0x98, 0x41 });
        decode(new byte[] { (byte) 0xFF, 0x41, (byte) 0x80 });
        decode(new byte[] { (byte) 0xED, (byte) 0xA0, (byte) 0x80 });
        decode(new byte[] { (byte) 0xC0, (byte) 0xAF, (byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80 });
        char[] chars = { 'K', 'i', 'l', 'n' };
        System.out.println(new String(chars));
        System.out.println(new String(chars, 1, 3));
        System.out.println(new String("copy"));
        System.out.println(new String(new StringBuilder("built")));
        System.out.println("[" + new String() + "]");
        try {
            new String(chars, 2, 3);
        } catch (StringIndexOutOfBoundsException e) {
            System.out.println(e);
        }
        try {
            new String(bytes, -1, 2, StandardCharsets.UTF_8);
        } catch (StringIndexOutOfBoundsException e) {
            System.out.println(e);
        }
    }
}
