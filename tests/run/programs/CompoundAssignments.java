public class CompoundAssignments {
    public static void main(String[] args) {
        int i = 10;
        i += 5; i -= 3; i *= 4; i /= 5; i %= 7; i <<= 3; i >>= 1; i >>>= 1; i |= 0x100; i &= 0x1F0; i ^= 0x55;
        System.out.println(i);
        long l = 1;
        l += Integer.MAX_VALUE; l *= 3; l -= 7L; l <<= 4; l >>= 2; l %= 1000003;
        System.out.println(l);
        double d = 1.5;
        d += 2; d *= 1.5; d /= 0.25; d -= 1e-3; d %= 7;
        System.out.println(d);
        byte b = 100;
        b += 100; b *= 3; b >>= 1;
        short s = 30000;
        s += 10000; s /= 3;
        char c = 'a';
        c += 2; c *= 1;
        System.out.println(b + " " + s + " " + c + " " + (int) c);
        int[] arr = {1, 2, 3};
        int k = 0;
        arr[k++] += 10;
        arr[k] *= arr[k + 1];
        System.out.println(java.util.Arrays.toString(arr) + " " + k);
        String str = "x";
        str += 1 + 2;
        str += 'y';
        str += 1.0f;
        System.out.println(str);
        float f = 3;
        f += 0.1;
        f *= 2;
        System.out.println(f + " " + (f > 6.2f));
    }
}
