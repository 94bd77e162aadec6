package test;

public class ClassCasts {
    static void attempt(Object value) {
        try {
            Fruit fruit = (Fruit) value;
            System.out.println("a fruit: " + fruit);
        } catch (ClassCastException e) {
            System.out.println(e.getMessage());
        }
    }
    public static void main(String[] args) {
        attempt(new Apple());
        attempt(null);
        attempt("a string");
        attempt(new Stone());
        attempt(new int[1]);
        Object text = new Stone();
        System.out.println((String) text);
    }
}

class Fruit {
    public String toString() { return "fruit"; }
}

class Apple extends Fruit {}

class Stone {}
