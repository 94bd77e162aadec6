public class ProgramArguments {
    public static void main(String[] args) {
        System.out.println(args.length);
        int i = 0;
        while (i < args.length) {
            System.out.println(i + ": " + args[i] + (" has length " + args[i].length()));
            i = i + 1;
        }
    }
}
