package test;

public class UncaughtWithoutMessage {
    public static void main(String[] args) {
        if (true) throw new IllegalStateException();
    }
}
