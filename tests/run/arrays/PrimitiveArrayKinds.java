public class PrimitiveArrayKinds {
    public static void main(String[] args) {
        long[] longs = new long[2];
        longs[1] = 1234567890123L;
        System.out.println(longs[0] + longs[1]);
        double[] doubles = {0.5, 1.25};
        System.out.println(doubles[0] + doubles[1]);
        float[] floats = new float[1];
        floats[0] = 2.5f;
        System.out.println(floats[0]);
        char[] chars = {'k', 'i', 'l', 'n'};
        System.out.println(chars[3]);
        chars[0] = 'K';
        System.out.println(new String(chars, 0, 4));
        boolean[] flags = new boolean[3];
        flags[1] = true;
        System.out.println(flags[0]);
        System.out.println(flags[1]);
        byte[] bytes = {(byte) 200, 5};
        System.out.println((int) bytes[0]);
        short[] shorts = new short[2];
        shorts[0] = (short) 40000;
        System.out.println((int) shorts[0]);
        System.out.println((int) shorts[1]);
    }
}
