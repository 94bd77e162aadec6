// Class objects: names of every kind (nested, arrays, primitives), package names, superclasses, predicates,
// casts and enum constants.
import java.util.*;

public class ClassIntrospection {
    interface Shape {}
    static class Circle implements Shape {}
    static class Ring extends Circle {}
    enum Color { RED, GREEN }

    static void describe(Class<?> c) {
        System.out.println(c.getName() + " | " + c.getSimpleName() + " | " + c.getTypeName() + " | " + c.getPackageName() + " | " + c
            + " | array=" + c.isArray() + " prim=" + c.isPrimitive() + " iface=" + c.isInterface() + " enum=" + c.isEnum()
            + " super=" + (c.getSuperclass() == null ? "null" : c.getSuperclass().getName())
            + " component=" + (c.getComponentType() == null ? "null" : c.getComponentType().getName()));
    }

    public static void main(String[] args) {
        Class<?>[] classes = {String.class, int.class, int[].class, String[][].class, Circle.class, Ring[].class, Shape.class,
            Color.class, double[][].class, Object.class, void.class, Object[].class};
        for (Class<?> c : classes) describe(c);
        System.out.println(Shape.class.isAssignableFrom(Ring.class) + " " + Circle.class.isInstance(new Ring()) + " " + Ring.class.isInstance(new Circle()));
        System.out.println(Arrays.toString(Color.class.getEnumConstants()) + " " + (String.class.getEnumConstants() == null));
        Object o = "text";
        String s = String.class.cast(o);
        System.out.println(s + " " + Number.class.isAssignableFrom(Integer.class) + " " + Object[].class.isAssignableFrom(String[].class));
        try {
            Integer.class.cast(o);
        } catch (ClassCastException e) {
            System.out.println(e.getMessage());
        }
        System.out.println(new int[0].getClass() == int[].class);
        System.out.println(new Ring().getClass().getSuperclass().getSuperclass());
        System.out.println(Color.RED.getClass() + " " + Color.RED.getDeclaringClass());
    }
}
