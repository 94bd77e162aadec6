public class InterfaceHierarchy {
    interface Animal { String sound(); default String describe() { return getClass().getSimpleName() + " says " + sound(); } }
    interface Pet extends Animal { String owner(); default String describe() { return Animal.super.describe() + " (owned by " + owner() + ")"; } }
    interface Swimmer { default int speed() { return 2; } }
    interface Flyer { int altitude(); }

    static class Dog implements Pet {
        public String sound() { return "woof"; }
        public String owner() { return "ann"; }
    }

    static class Duck implements Animal, Swimmer, Flyer {
        public String sound() { return "quack"; }
        public int altitude() { return 100; }
        public int speed() { return Swimmer.super.speed() + 1; }
    }

    static class Fish implements Swimmer, Animal {
        public String sound() { return "..."; }
    }

    public static void main(String[] args) {
        Animal[] zoo = {new Dog(), new Duck(), new Fish()};
        for (Animal a : zoo) {
            StringBuilder sb = new StringBuilder(a.describe());
            if (a instanceof Swimmer) sb.append(", swims at ").append(((Swimmer) a).speed());
            if (a instanceof Flyer) sb.append(", flies at ").append(((Flyer) a).altitude());
            if (a instanceof Pet) sb.append(", pet");
            System.out.println(sb);
        }
        Object o = zoo[1];
        System.out.println((o instanceof Animal) + " " + (o instanceof Pet) + " " + (o instanceof Comparable) + " " + (zoo[0] instanceof Animal));
    }
}
