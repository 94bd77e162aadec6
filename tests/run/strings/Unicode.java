public class Unicode {
    public static void main(String[] args) {
        System.out.println("h\u00e9llo w\u00f6rld");
        System.out.println("\u65e5\u672c\u8a9e");
        System.out.println("smile \ud83d\ude00!");
        System.out.println("\ud83d\ude00".length());
        System.out.println("tab\there, quote \" and backslash \\");
        System.out.println('\u00e9');
    }
}
