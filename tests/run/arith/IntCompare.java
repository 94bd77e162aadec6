public class IntCompare {
    public static void main(String[] args) {
        int a = 5;
        int b = -5;
        System.out.println(a < b);
        System.out.println(a <= a);
        System.out.println(a > b);
        System.out.println(b >= a);
        System.out.println(a == 5);
        System.out.println(a != 5);
    }
}
