public class Companions {
    public static void main(String[] args) {
        System.out.println(Math.max(3, 8));
        System.out.println(Math.sqrt(6.25));
        System.out.println(Integer.parseInt("-42"));
        System.out.println(Integer.toHexString(255));
        System.out.println(String.valueOf(true));
        System.out.println(Character.isDigit('7'));
        System.out.println(Double.toString(0.1));
    }
}
