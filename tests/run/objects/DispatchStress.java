// Virtual and interface calls over deeper hierarchies: overrides at several levels, super calls,
// default methods, Object's methods through interfaces, casts from erased containers.

public class DispatchStress {
    interface Greeter {
        String greet(String name);
        default String greetAll(String a, String b) { return greet(a) + " & " + greet(b); }
    }

    interface Loud extends Greeter {
        default String greet(String name) { return "HEY " + name.toUpperCase(); }
    }

    static abstract class Animal implements Greeter {
        protected final String kind;
        Animal(String kind) { this.kind = kind; }
        abstract String sound();
        String describe() { return kind + " says " + sound(); }
        public String greet(String name) { return sound() + ", " + name; }
        public String toString() { return "Animal(" + kind + ")"; }
    }

    static class Dog extends Animal {
        Dog() { super("dog"); }
        Dog(String kind) { super(kind); }
        String sound() { return "woof"; }
    }

    static final class Puppy extends Dog {
        Puppy() { super("puppy"); }
        String sound() { return "yip"; }
        String describe() { return "little " + super.describe(); }
    }

    static final class Cat extends Animal {
        Cat() { super("cat"); }
        String sound() { return "meow"; }
        public String toString() { return "Cat!"; }
        public boolean equals(Object other) { return other instanceof Cat; }
        public int hashCode() { return 42; }
    }

    static final class Robot implements Loud {
        public String toString() { return "Robot"; }
    }

    static final class Butler implements Greeter {
        public String greet(String name) { return "Good evening, " + name; }
        public String greetAll(String a, String b) { return "Good evening, all"; }
        public String toString() { return "Butler"; }
    }

    // An erased growable list, as collections are: get casts.
    static final class Bag<T> {
        private Object[] items = new Object[2];
        private int size;
        void add(T item) {
            if (size == items.length) {
                Object[] larger = new Object[size * 2];
                System.arraycopy(items, 0, larger, 0, size);
                items = larger;
            }
            items[size++] = item;
        }
        @SuppressWarnings("unchecked")
        T get(int index) { return (T) items[index]; }
        int size() { return size; }
    }

    static String describeAll(Bag<? extends Animal> animals) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < animals.size(); i++) {
            if (i > 0) text.append("; ");
            text.append(animals.get(i).describe());
        }
        return text.toString();
    }

    public static void main(String[] args) {
        Bag<Animal> animals = new Bag<>();
        animals.add(new Dog());
        animals.add(new Puppy());
        animals.add(new Cat());
        System.out.println(describeAll(animals));
        for (int i = 0; i < animals.size(); i++) {
            Animal animal = animals.get(i);
            System.out.println(animal + " / " + animal.greet("Ann") + " / " + animal.greetAll("Bo", "Cy"));
        }
        Greeter[] greeters = { new Robot(), new Butler(), new Cat(), new Puppy() };
        for (Greeter greeter : greeters) {
            System.out.println(greeter.greet("Di") + " | " + greeter.greetAll("Ed", "Flo") + " | " + greeter);
        }
        Object[] objects = { new Cat(), new Dog(), "text", 7, new Robot() };
        for (Object object : objects) {
            System.out.println(object.toString() + " equals cat: " + object.equals(new Cat())
                    + ", hash is 42: " + (object.hashCode() == 42));
        }
        Bag<Object> mixed = new Bag<>();
        mixed.add(new Butler());
        mixed.add("not a greeter");
        for (int i = 0; i < mixed.size(); i++) {
            Object item = mixed.get(i);
            try {
                System.out.println(((Greeter) item).greet("Gus"));
            } catch (ClassCastException e) {
                System.out.println("not a greeter");
            }
        }
        Animal nobody = animals.size() > 10 ? animals.get(0) : null;
        try {
            System.out.println(nobody.describe());
        } catch (NullPointerException e) {
            System.out.println("nobody");
        }
    }
}
