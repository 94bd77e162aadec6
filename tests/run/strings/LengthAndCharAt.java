public class LengthAndCharAt {
    public static void main(String[] args) {
        String s = "Hello, Kiln";
        System.out.println(s.length());
        System.out.println(s.charAt(0));
        System.out.println(s.charAt(10));
        int i = 0;
        String reversed = "";
        while (i < s.length()) { reversed = s.charAt(i) + reversed; i = i + 1; }
        System.out.println(reversed);
        System.out.println("".length());
        System.out.println(s.length());
        System.out.println(s.charAt(4));
    }
}
