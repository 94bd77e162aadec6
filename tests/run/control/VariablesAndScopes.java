public class VariablesAndScopes {
    public static void main(String[] args) {
        int x = 1;
        { int y = x + 10; x = y * 2; }
        System.out.println(x);
        { String y = "inner"; System.out.println(y); }
        int total = 0;
        int i = 0;
        while (i < 3) { int square = i * i; total = total + square; i = i + 1; }
        System.out.println(total);
    }
}
