// InputStream's skip, readNBytes, skipNBytes and transferTo, and the null streams
import java.io.*;
import java.util.*;

public class StreamSkipping {
    public static void main(String[] args) throws IOException {
        byte[] data = new byte[100];
        for (int i = 0; i < data.length; i++) data[i] = (byte) i;
        InputStream in = new ByteArrayInputStream(data);
        System.out.println(in.skip(10) + " " + in.read() + " " + in.skip(-5) + " " + in.read());
        byte[] some = in.readNBytes(5);
        System.out.println(Arrays.toString(some));
        byte[] buffer = new byte[8];
        System.out.println(in.readNBytes(buffer, 2, 4) + " " + Arrays.toString(buffer));
        in.skipNBytes(20);
        System.out.println(in.read());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        System.out.println(in.transferTo(out) + " " + out.size() + " " + in.read() + " " + in.skip(3));
        try {
            new ByteArrayInputStream(new byte[3]).skipNBytes(5);
        } catch (EOFException e) {
            System.out.println("EOF " + e.getMessage());
        }
        InputStream empty = InputStream.nullInputStream();
        System.out.println(empty.read() + " " + empty.available() + " " + empty.readAllBytes().length + " " + empty.skip(4));
        OutputStream sink = OutputStream.nullOutputStream();
        sink.write(5);
        sink.write(new byte[] {1, 2});
        sink.flush();
        sink.close();
        System.out.println("sink ok " + new ByteArrayInputStream(data).readNBytes(1000).length);
    }
}
