public class ChecksumAlgorithms {
    static boolean luhn(String number) {
        int sum = 0;
        boolean doubleIt = false;
        for (int i = number.length() - 1; i >= 0; i--) {
            int d = number.charAt(i) - '0';
            if (doubleIt) { d *= 2; if (d > 9) d -= 9; }
            sum += d;
            doubleIt = !doubleIt;
        }
        return sum % 10 == 0;
    }

    static int adler32(String s) {
        int a = 1, b = 0;
        for (char c : s.toCharArray()) { a = (a + c) % 65521; b = (b + a) % 65521; }
        return (b << 16) | a;
    }

    static int crc32(String s) {
        int crc = 0xFFFFFFFF;
        for (char ch : s.toCharArray()) {
            crc ^= ch & 0xFF;
            for (int k = 0; k < 8; k++) crc = (crc >>> 1) ^ (0xEDB88320 & -(crc & 1));
        }
        return ~crc;
    }

    static long fnv1a(String s) {
        long h = 0xcbf29ce484222325L;
        for (char c : s.toCharArray()) { h ^= c; h *= 0x100000001b3L; }
        return h;
    }

    public static void main(String[] args) {
        for (String n : new String[] {"4539578763621486", "1234567812345678", "79927398713"}) System.out.println(n + " luhn " + luhn(n));
        for (String s : new String[] {"", "Wikipedia", "The quick brown fox jumps over the lazy dog"}) {
            System.out.println(Integer.toHexString(adler32(s)) + " " + Integer.toHexString(crc32(s)) + " " + Long.toHexString(fnv1a(s)) + " '" + s + "'");
        }
    }
}
