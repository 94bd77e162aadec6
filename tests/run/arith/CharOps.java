public class CharOps {
    public static void main(String[] args) {
        char c = 'A';
        System.out.println(c);
        System.out.println((char) (c + 1));
        System.out.println((int) c);
        System.out.println((char) 97);
        System.out.println((char) 65601);
        System.out.println("char " + c);
        System.out.println(c == 65);
    }
}
