public class PrintOverloads {
    public static void main(String[] args) {
        System.out.print("a");
        System.out.print(1);
        System.out.print(2L);
        System.out.print(false);
        System.out.print('c');
        System.out.print(0.25);
        System.out.print(1.5f);
        System.out.println();
        System.out.print((Object) null);
        System.out.println((String) null);
    }
}
