public class StaticMembers {
    public static void main(String[] args) {
        Registry.register("alpha");
        Registry.register("beta");
        Registry.register("gamma");
        System.out.println(Registry.count);
        System.out.println(Registry.last);
        Registry.count = Registry.count * 10;
        System.out.println(Registry.count);
    }
}

class Registry {
    static int count;
    static String last;
    static void register(String name) { count = count + 1; last = name; }
}
