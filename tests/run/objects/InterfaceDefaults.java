public class InterfaceDefaults {
    interface Named {
        String name();
        default String greet() { return "Hello, " + name(); }
        static String anonymous() { return "nobody"; }
    }

    interface Aged {
        int age();
        default boolean isAdult() { return age() >= 18; }
        default String greet() { return "Age " + age(); }
    }

    static class Person implements Named, Aged {
        private final String name;
        private final int age;
        Person(String name, int age) { this.name = name; this.age = age; }
        public String name() { return name; }
        public int age() { return age; }
        public String greet() { return Named.super.greet() + " (" + Aged.super.greet() + ")"; }
    }

    static class Robot implements Named {
        public String name() { return "R2"; }
    }

    public static void main(String[] args) {
        Named[] all = {new Person("Ada", 36), new Robot(), new Person("Tim", 12)};
        for (Named n : all) {
            System.out.println(n.greet());
            if (n instanceof Aged) {
                Aged a = (Aged) n;
                System.out.println("  adult: " + a.isAdult());
            }
        }
        System.out.println(Named.anonymous());
    }
}
