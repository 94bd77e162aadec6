public class ByteShortOps {
    public static void main(String[] args) {
        byte b = (byte) 200;
        short s = (short) 70000;
        System.out.println((int) b);
        System.out.println((int) s);
        System.out.println(b * 2);
        System.out.println((int) (byte) (b + 200));
        System.out.println((int) (byte) -128);
        System.out.println("byte " + b);
        System.out.println("short " + s);
        System.out.println((int) (short) -32769);
    }
}
