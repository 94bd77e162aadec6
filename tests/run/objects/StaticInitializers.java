public class StaticInitializers {
    public static void main(String[] args) {
        System.out.println("main");
        System.out.println(Config.limit);
        System.out.println(Config.name);
        System.out.println(Config.twice(4));
    }
}

class Config {
    static int limit;
    static String name;
    static {
        limit = 6 * 7;
        name = "config-" + limit;
    }
    static int twice(int value) { return value * 2; }
}
