// The same calls in one JVM program (no boundary): it decides the expected output.
public class Twin {
    static String greet(String name) {
        return "Hello, " + name;
    }

    public static void main(String[] args) {
        int calls = 100000;
        long total = 0;
        for (int index = 0; index < calls; index++) {
            total += greet("Ada Lovelace").length();
        }
        System.out.println("calls " + calls + ", characters " + total);
    }
}
