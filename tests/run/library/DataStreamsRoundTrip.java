// DataOutputStream and DataInputStream: Java's binary format round trip, modified UTF-8, EOF and lines
import java.io.*;
import java.util.*;

public class DataStreamsRoundTrip {
    static String hex(byte[] bytes) {
        StringBuilder sb = new StringBuilder();
        for (byte b : bytes) sb.append(String.format("%02x", b));
        return sb.toString();
    }

    public static void main(String[] args) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeBoolean(true);
        out.writeByte(-2);
        out.writeShort(0x1234);
        out.writeChar('Ω');
        out.writeInt(-123456789);
        out.writeLong(Long.MIN_VALUE + 77);
        out.writeFloat(3.25f);
        out.writeDouble(-0.1);
        out.writeUTF("héllo\u0000 wörld 😀");
        out.writeBytes("AB\u0141");
        out.writeChars("xy");
        out.write(new byte[] {9, 8, 7}, 1, 2);
        out.flush();
        System.out.println(out.size() + " " + bytes.size());
        byte[] data = bytes.toByteArray();
        System.out.println(hex(data));
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(data));
        System.out.println(in.readBoolean() + " " + in.readByte() + " " + Integer.toHexString(in.readShort()) + " " + in.readChar() + " " + in.readInt() + " " + in.readLong() + " " + in.readFloat() + " " + in.readDouble());
        String utf = in.readUTF();
        System.out.println(utf.length() + " " + utf.replace('\u0000', '0'));
        byte[] three = new byte[3];
        in.readFully(three);
        System.out.println(new String(three, "ISO-8859-1") + " " + in.readChar() + in.readChar() + " " + in.readUnsignedByte() + " " + in.read() + " " + in.read());
        try {
            in.readInt();
        } catch (EOFException e) {
            System.out.println("EOF " + e.getMessage());
        }
        DataInputStream lines = new DataInputStream(new ByteArrayInputStream("one\ntwo\r\nthree\rfour".getBytes()));
        String line;
        List<String> read = new ArrayList<>();
        while ((line = lines.readLine()) != null) read.add(line);
        System.out.println(read);
        DataInputStream shorts = new DataInputStream(new ByteArrayInputStream(new byte[] {(byte) 0xff, (byte) 0xfe, 1}));
        System.out.println(shorts.readUnsignedShort() + " " + shorts.skipBytes(5));
        DataInputStream bad = new DataInputStream(new ByteArrayInputStream(new byte[] {0, 2, (byte) 0xc3, 0x41}));
        try {
            bad.readUTF();
        } catch (UTFDataFormatException e) {
            System.out.println("UTF " + e.getMessage());
        }
        try (DataOutputStream closing = new DataOutputStream(new ByteArrayOutputStream())) {
            closing.writeInt(1);
            System.out.println("written " + closing.size());
        }
        ByteArrayOutputStream table = new ByteArrayOutputStream();
        DataOutputStream rows = new DataOutputStream(table);
        for (int i = 0; i < 5; i++) {
            rows.writeUTF("row" + i);
            rows.writeDouble(i * 1.5);
        }
        DataInputStream back = new DataInputStream(new ByteArrayInputStream(table.toByteArray()));
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 5; i++) sb.append(back.readUTF()).append('=').append(back.readDouble()).append(' ');
        System.out.println(sb.toString().trim() + " " + back.available());
    }
}
