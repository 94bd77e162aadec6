// The provider and the consumer as one Java program.
public class Twin {
    record Greeting(String text, byte exclamations) {}

    static int count;

    static Greeting greet(String name, boolean loud) {
        count++;
        return new Greeting(loud ? "HELLO, " + name.toUpperCase() : "Hello, " + name, (byte) (loud ? 3 : 1));
    }

    static void show(Greeting greeting) {
        System.out.println(greeting.text() + "!".repeat(greeting.exclamations()));
    }

    public static void main(String[] args) {
        show(greet("Ada", false));
        show(greet("Grace", true));
        System.out.println("names greeted: " + count);
    }
}
