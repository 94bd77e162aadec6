public class HexDump {
    public static void main(String[] args) {
        String text = "Kiln: Scala.js IR -> WasmGC!\n\t0123456789";
        byte[] bytes = new byte[text.length()];
        for (int i = 0; i < text.length(); i++) bytes[i] = (byte) text.charAt(i);
        for (int offset = 0; offset < bytes.length; offset += 16) {
            StringBuilder hex = new StringBuilder(String.format("%08x ", offset));
            StringBuilder ascii = new StringBuilder();
            for (int i = 0; i < 16; i++) {
                if (offset + i < bytes.length) {
                    int b = bytes[offset + i] & 0xFF;
                    hex.append(String.format("%02x ", b));
                    ascii.append(b >= 32 && b < 127 ? (char) b : '.');
                } else hex.append("   ");
            }
            System.out.println(hex + "|" + ascii + "|");
        }
        int checksum = 0;
        for (byte b : bytes) checksum = (checksum * 31 + b) & 0xFFFF;
        System.out.println("checksum " + Integer.toHexString(checksum) + " " + bytes.length + " bytes");
    }
}
