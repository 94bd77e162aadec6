// The JVM's side of the cold-start comparison: the same program as examples/hello.ir.
public class Hello {
    public static void main(String[] args) {
        System.out.println("Hello, World!");
    }
}
