public class IntDivisionEdges {
    public static void main(String[] args) {
        int min = -2147483648;
        int minusOne = -1;
        System.out.println(min / minusOne);
        System.out.println(min % minusOne);
        System.out.println(min / -1);
        System.out.println(100 / 7);
        System.out.println(-100 % 7);
        System.out.println(100 % -7);
    }
}
