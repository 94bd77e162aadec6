// StringBuilder's in-place edits (insert, delete, deleteCharAt, replace, setLength) at the ends, in the
// middle, past the end and growing the buffer, with the JDK's exceptions for bad ranges.
public class BuilderEdits {
    static void attempt(String what, Runnable edit) {
        try {
            edit.run();
            System.out.println(what + ": ok");
        } catch (RuntimeException e) {
            System.out.println(what + ": " + e.getClass().getSimpleName() + " " + e.getMessage());
        }
    }

    public static void main(String[] args) {
        StringBuilder sb = new StringBuilder("hello world");
        sb.insert(0, "[").insert(sb.length(), ']').insert(6, 42).insert(3, 2.5).insert(1, true).insert(0, new char[] {'a', 'b'});
        System.out.println(sb + " " + sb.length());
        sb.delete(0, 3).delete(sb.length() - 1, sb.length() + 10).deleteCharAt(4).deleteCharAt(sb.length() - 1);
        System.out.println(sb + " " + sb.length());
        sb.replace(0, 4, "HEAD").replace(sb.length(), sb.length(), "-tail").replace(2, 100, "").replace(0, 0, ">>");
        System.out.println(sb + " " + sb.length());
        sb.replace(1, 3, "a much longer replacement that grows the buffer beyond its capacity");
        System.out.println(sb + " " + sb.length());
        sb.setLength(5);
        sb.append('!').insert(2, "").delete(3, 3);
        System.out.println(sb + " " + sb.length());
        StringBuilder big = new StringBuilder();
        for (int i = 0; i < 2000; i++) big.insert(i % 7 == 0 ? 0 : big.length() / 2, (char) ('a' + i % 26));
        for (int i = 0; i < 500; i++) big.deleteCharAt((i * 31) % big.length());
        big.delete(100, 900).replace(50, 60, "0123456789012345678901234567890");
        System.out.println(big.length() + " " + big.substring(0, 60) + " " + big.toString().hashCode());
        StringBuilder empty = new StringBuilder();
        empty.insert(0, "x").delete(0, 1).replace(0, 0, "y").deleteCharAt(0);
        System.out.println("[" + empty + "] " + empty.length());
        attempt("insert past end", () -> new StringBuilder("abc").insert(4, "x"));
        attempt("insert negative", () -> new StringBuilder("abc").insert(-1, 'x'));
        attempt("delete start after end", () -> new StringBuilder("abc").delete(2, 1));
        attempt("delete start past length", () -> new StringBuilder("abc").delete(4, 5));
        attempt("delete negative", () -> new StringBuilder("abc").delete(-1, 2));
        attempt("deleteCharAt length", () -> new StringBuilder("abc").deleteCharAt(3));
        attempt("replace start past length", () -> new StringBuilder("abc").replace(4, 5, "x"));
        attempt("replace start after end", () -> new StringBuilder("abc").replace(2, 1, "x"));
        attempt("replace end past length", () -> System.out.println(new StringBuilder("abc").replace(1, 10, "XY")));
        attempt("setLength negative", () -> new StringBuilder("abc").setLength(-1));
        StringBuffer buffer = new StringBuffer("buffer");
        buffer.insert(3, "---").delete(0, 1).replace(0, 2, "BU").deleteCharAt(buffer.length() - 1).reverse();
        System.out.println(buffer + " " + buffer.length());
    }
}
