// java.nio.ByteBuffer in both byte orders, Base64 (basic, URL-safe, MIME) and UUID, with their exceptions
import java.nio.*;
import java.util.*;

public class BuffersAndEncodings {
    static String hex(byte[] bytes) {
        StringBuilder sb = new StringBuilder();
        for (byte b : bytes) sb.append(String.format("%02x", b));
        return sb.toString();
    }

    static void tryIt(String label, Runnable action) {
        try {
            action.run();
            System.out.println(label + " ok");
        } catch (RuntimeException e) {
            System.out.println(label + " " + e);
        }
    }

    public static void main(String[] args) {
        ByteBuffer bb = ByteBuffer.allocate(32);
        System.out.println(bb + " " + bb.order() + " " + ByteOrder.nativeOrder() + " " + bb.hasArray() + " " + bb.isDirect() + " " + bb.isReadOnly());
        bb.putInt(0x01020304).putLong(-2L).putShort((short) -3).putChar('Z').putDouble(Math.PI).putFloat(1.5f).put((byte) 7);
        System.out.println(bb + " " + bb.remaining() + " " + bb.hasRemaining());
        bb.flip();
        System.out.println(hex(Arrays.copyOf(bb.array(), bb.limit())));
        System.out.println(bb.getInt() + " " + bb.getLong() + " " + bb.getShort() + " " + bb.getChar() + " " + bb.getDouble() + " " + bb.getFloat() + " " + bb.get() + " " + bb);
        bb.order(ByteOrder.LITTLE_ENDIAN);
        System.out.println(bb.getInt(0) + " " + bb.getLong(4) + " " + bb.getShort(12) + " " + (int) bb.getChar(14) + " " + bb.getDouble(16) + " " + bb.order());
        ByteBuffer le = ByteBuffer.allocate(16).order(ByteOrder.LITTLE_ENDIAN);
        le.putInt(1).putLong(Long.MIN_VALUE + 5).putFloat(-0.0f);
        System.out.println(hex(le.array()) + " " + le.position());
        le.putInt(12, 0xCAFEBABE);
        System.out.println(Integer.toHexString(le.getInt(12)) + " " + le.get(12) + " " + le.get(15));
        ByteBuffer w = ByteBuffer.wrap(new byte[] {10, 20, 30, 40, 50, 60, 70, 80}, 2, 4);
        System.out.println(w + " " + w.get() + " " + w.arrayOffset());
        w.mark();
        w.get();
        w.get();
        w.reset();
        System.out.println(w.get() + " " + w.position());
        ByteBuffer s = w.slice();
        System.out.println(s + " " + s.get(0) + " " + s.arrayOffset() + " " + s.order());
        s.put(0, (byte) 99);
        System.out.println(w.get(4) + " " + w.array()[4]);
        ByteBuffer d = w.duplicate();
        d.position(2);
        System.out.println(d + " " + w);
        w.rewind();
        w.compact();
        System.out.println(w + " " + Arrays.toString(w.array()));
        ByteBuffer ro = w.asReadOnlyBuffer();
        System.out.println(ro + " " + ro.isReadOnly() + " " + ro.hasArray() + " " + ro.get(0));
        tryIt("ro.put", () -> ro.put((byte) 1));
        tryIt("ro.array", () -> ro.array());
        tryIt("underflow", () -> ByteBuffer.allocate(3).getInt());
        tryIt("overflow", () -> ByteBuffer.allocate(3).putInt(1));
        tryIt("index", () -> ByteBuffer.allocate(8).get(8));
        tryIt("index long", () -> ByteBuffer.allocate(8).getInt(6));
        tryIt("position", () -> ByteBuffer.allocate(8).position(9));
        tryIt("position neg", () -> ByteBuffer.allocate(8).position(-1));
        tryIt("limit", () -> ByteBuffer.allocate(8).limit(10));
        tryIt("reset", () -> ByteBuffer.allocate(8).reset());
        tryIt("allocate", () -> ByteBuffer.allocate(-2));
        tryIt("wrap", () -> ByteBuffer.wrap(new byte[8], 5, 10));
        tryIt("self", () -> {
            ByteBuffer x = ByteBuffer.allocate(4);
            x.put(x);
        });
        ByteBuffer a1 = ByteBuffer.wrap(new byte[] {1, 2, 3});
        ByteBuffer a2 = ByteBuffer.wrap(new byte[] {9, 1, 2, 3}, 1, 3);
        System.out.println(a1.equals(a2) + " " + (a1.hashCode() == a2.hashCode()) + " " + a1.hashCode() + " " + a1.compareTo(ByteBuffer.wrap(new byte[] {1, 2, 4})) + " " + a1.compareTo(ByteBuffer.wrap(new byte[] {1, 2})));
        ByteBuffer target = ByteBuffer.allocate(6);
        target.put(a1).put(new byte[] {7, 8});
        System.out.println(Arrays.toString(target.array()) + " " + a1.remaining() + " " + target);
        byte[] out = new byte[2];
        target.flip();
        target.get(out);
        System.out.println(Arrays.toString(out) + " " + target.position());
        System.out.println(ByteBuffer.allocate(8).putDouble(1.0).flip().getLong() == Double.doubleToLongBits(1.0));

        Base64.Encoder enc = Base64.getEncoder();
        Base64.Decoder dec = Base64.getDecoder();
        for (String text : new String[] {"", "f", "fo", "foo", "foob", "fooba", "foobar", "Hello, World!", "ünïcødé ✓"}) {
            String e = enc.encodeToString(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            String back = new String(dec.decode(e), java.nio.charset.StandardCharsets.UTF_8);
            System.out.println("[" + text + "] " + e + " " + enc.withoutPadding().encodeToString(text.getBytes()) + " " + back.equals(text));
        }
        byte[] all = new byte[256];
        for (int i = 0; i < 256; i++) all[i] = (byte) i;
        String std = enc.encodeToString(all);
        String url = Base64.getUrlEncoder().encodeToString(all);
        System.out.println(std.substring(std.length() - 12) + " " + url.substring(url.length() - 12) + " " + Arrays.equals(Base64.getUrlDecoder().decode(url), all));
        String mime = Base64.getMimeEncoder().encodeToString(all);
        System.out.println(mime.length() + " " + mime.indexOf("\r\n") + " " + Arrays.equals(Base64.getMimeDecoder().decode(mime), all));
        String narrow = Base64.getMimeEncoder(10, new byte[] {'|'}).encodeToString("a longer line of text".getBytes());
        System.out.println(narrow);
        System.out.println(new String(Base64.getMimeDecoder().decode("SGVs\r\nbG8*gV29y!bGQ=")));
        System.out.println(hex(dec.decode("AAEC")) + " " + hex(dec.decode("AAE")) + " " + hex(dec.decode("AA==")) + " " + dec.decode("").length);
        byte[] dst = new byte[10];
        System.out.println(enc.encode("hi".getBytes(), dst) + " " + new String(dst, 0, 4) + " " + dec.decode("aGk=".getBytes(), dst) + " " + (char) dst[0]);
        for (String bad : new String[] {"A", "AB=C", "ABC=D", "A===", "AB-_", "ABCDE", "=AAA", "AB*D", "AAAA=", "ABü"}) {
            tryIt("decode " + bad, () -> dec.decode(bad));
        }
        tryIt("small", () -> enc.encode(new byte[5], new byte[4]));
        tryIt("separator", () -> Base64.getMimeEncoder(8, new byte[] {'A'}));

        UUID u = UUID.fromString("123e4567-e89b-12d3-a456-426614174000");
        System.out.println(u + " " + u.version() + " " + u.variant() + " " + u.getMostSignificantBits() + " " + u.getLeastSignificantBits() + " " + u.hashCode());
        System.out.println(u.timestamp() + " " + u.clockSequence() + " " + u.node());
        UUID v = new UUID(-1L, 0L);
        System.out.println(v + " " + v.compareTo(u) + " " + u.compareTo(v) + " " + v.equals(new UUID(-1L, 0L)) + " " + v.variant() + " " + v.version());
        System.out.println(UUID.fromString("1-2-3-4-5") + " " + UUID.fromString("ABCDEF01-2345-6789-ABCD-EF0123456789"));
        for (String name : new String[] {"", "hello", "The quick brown fox jumps over the lazy dog", "a".repeat(55), "b".repeat(56), "c".repeat(64), "d".repeat(119)}) {
            UUID n = UUID.nameUUIDFromBytes(name.getBytes());
            System.out.println(n + " " + n.version() + " " + n.variant());
        }
        UUID r = UUID.randomUUID();
        System.out.println(r.version() + " " + r.variant() + " " + r.toString().length() + " " + UUID.fromString(r.toString()).equals(r));
        tryIt("uuid short", () -> UUID.fromString("1-2-3-4"));
        tryIt("uuid long", () -> UUID.fromString("123e4567-e89b-12d3-a456-4266141740001"));
        tryIt("uuid dashes", () -> UUID.fromString("1-2-3-4-5-6"));
        tryIt("uuid timestamp", () -> UUID.nameUUIDFromBytes(new byte[0]).timestamp());
        TreeSet<UUID> sorted = new TreeSet<>(List.of(u, v, new UUID(0, 0), new UUID(5, -5)));
        System.out.println(sorted);
    }
}
