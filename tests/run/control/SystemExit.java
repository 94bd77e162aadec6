public class SystemExit {
    public static void main(String[] args) {
        System.out.println("leaving early");
        System.exit(259);
        System.out.println("not printed");
    }
}
