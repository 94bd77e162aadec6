public class FieldShadowing {
    static class Base {
        String name = "base";
        static String kind() { return "Base.kind"; }
        String describe() { return "Base sees " + name; }
    }

    static class Derived extends Base {
        String name = "derived";
        static String kind() { return "Derived.kind"; }
        String describe() { return "Derived sees " + name + " and super " + super.name + " / " + super.describe(); }
    }

    public static void main(String[] args) {
        Derived d = new Derived();
        Base b = d;
        System.out.println(d.name + " " + b.name + " " + ((Base) d).name);
        System.out.println(d.describe());
        System.out.println(b.describe());
        System.out.println(Base.kind() + " " + Derived.kind());
        b.name = "changed";
        System.out.println(d.name + " " + b.name + " " + d.describe());
    }
}
