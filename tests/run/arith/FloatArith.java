public class FloatArith {
    public static void main(String[] args) {
        float a = 1.1f;
        float b = 2.5f;
        System.out.println(a * a);
        System.out.println(a + b);
        System.out.println(a - b);
        System.out.println(b / a);
        System.out.println(-b);
        System.out.println(0.1f);
        System.out.println(1.0E10f);
        System.out.println(3.4028235E38f);
        System.out.println((float) 0.1);
        System.out.println((double) 0.1f);
    }
}
