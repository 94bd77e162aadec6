package test;

public class PropagationThroughCalls {
    static int level1(int n) { return level2(n) + 1; }
    static int level2(int n) { return 100 / n; }
    public static void main(String[] args) {
        try {
            System.out.println(level1(3));
            System.out.println(level1(0));
        } catch (RuntimeException e) {
            System.out.println("propagated: " + e.toString());
        }
    }
}
