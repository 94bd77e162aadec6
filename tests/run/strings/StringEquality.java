public class StringEquality {
    public static void main(String[] args) {
        String a = "kiln";
        String b = "ki" + "ln".toString();
        System.out.println(a.equals(b));
        System.out.println(!a.equals(b));
        System.out.println(a.equals("oven"));
        System.out.println(a.equals(b));
        System.out.println(a.hashCode());
        System.out.println("".hashCode());
        System.out.println("The quick brown fox".hashCode());
        System.out.println("".isEmpty());
    }
}
