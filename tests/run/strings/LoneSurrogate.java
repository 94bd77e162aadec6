public class LoneSurrogate {
    public static void main(String[] args) {
        System.out.println("lone \ud800 high");
        System.out.println("lone \udc00 low");
    }
}
