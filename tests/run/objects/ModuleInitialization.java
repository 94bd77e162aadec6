public class ModuleInitialization {
    public static void main(String[] args) {
        System.out.println("main starts");
        System.out.println(Counter.instance().next());
        System.out.println(Counter.instance().next());
        System.out.println(Counter.instance().next());
    }
}

class Counter {
    private static Counter instance;
    private int count;
    private Counter() { System.out.println("Counter initialised"); count = 100; }
    static Counter instance() { if (instance == null) instance = new Counter(); return instance; }
    int next() { count = count + 1; return count; }
}
