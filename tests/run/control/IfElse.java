public class IfElse {
    public static void main(String[] args) {
        int i = 0;
        while (i < 5) {
            if (i == 0) System.out.println("zero");
            else if (i == 1) System.out.println("one");
            else if (i % 2 == 0) System.out.println("even " + i);
            else System.out.println("odd " + i);
            i = i + 1;
        }
        String sign = i > 3 ? "big" : "small";
        System.out.println(sign);
    }
}
