package test;

public class ClassNames {
    public static void main(String[] args) {
        Object[] things = {new Widget(), "text", 42, 'c', 2.5, 7L, true, new int[2], new Gadget()};
        int i = 0;
        while (i < things.length) {
            System.out.println(things[i].getClass().getName());
            i = i + 1;
        }
        System.out.println(new Gadget().getClass().getSimpleName());
        System.out.println(new Widget().getClass());
        System.out.println(Widget.class.getName());
        System.out.println(int[].class.getName());
        System.out.println(String[].class.getName());
        System.out.println(new Widget().getClass().equals(Widget.class));
        System.out.println(new Gadget().toString());
    }
}

class Widget {}

class Gadget extends Widget {
    public String toString() { return "I am a " + getClass().getName(); }
}
