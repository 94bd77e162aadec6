public class ClassObjects {
    interface Shape { double area(); }

    static class Base {}

    static class Circle extends Base implements Shape {
        final int radius;
        Circle(int radius) { this.radius = radius; }
        public double area() { return 3.0 * (double) (radius * radius); }
        @Override public boolean equals(Object other) {
            if (other == null || this.getClass() != other.getClass()) return false;
            return radius == ((Circle) other).radius;
        }
    }

    static class Square extends Base implements Shape {
        public double area() { return 1.0; }
    }

    public static void main(String[] args) {
        java.io.PrintStream out = System.out;
        Circle a = new Circle(1), b = new Circle(1), c = new Circle(2);
        Square s = new Square();
        out.println(a.getClass() == b.getClass());
        out.println(a.getClass() == Circle.class);
        out.println((Object) a.getClass() == (Object) s.getClass());
        out.println(a.equals(b));
        out.println(a.equals(c));
        out.println(a.equals(s));
        out.println(a.equals(null));
        Class<?> circle = a.getClass();
        out.println(circle.getName());
        out.println(circle.getSimpleName());
        out.println(circle);
        out.println(Shape.class);
        out.println(int.class);
        out.println(int[].class);
        out.println(circle.getSuperclass());
        out.println(circle.getSuperclass().getSuperclass());
        out.println(Object.class.getSuperclass());
        out.println(Shape.class.getSuperclass());
        out.println(int.class.getSuperclass());
        out.println(int[].class.getSuperclass());
        out.println("" + circle.isInterface() + " " + Shape.class.isInterface() + " " + int.class.isPrimitive());
        out.println("" + int[].class.isArray() + " " + circle.isArray() + " " + double[][].class.getSimpleName());
        out.println(int[].class.getComponentType() == int.class);
        out.println(double[][].class.getComponentType());
        out.println(circle.getComponentType());
        out.println(Shape.class.isInstance(a));
        out.println(Circle.class.isInstance(s));
        out.println(Base.class.isInstance(s));
        out.println(Integer.class.isInstance(5));
        out.println(String.class.isInstance(5));
        out.println(Object.class.isInstance(null));
        out.println(Comparable.class.isInstance("text"));
        out.println(Shape.class.isAssignableFrom(Square.class));
        out.println(Square.class.isAssignableFrom(Shape.class));
        out.println(Object.class.isAssignableFrom(int[].class));
        out.println(Object.class.isAssignableFrom(int.class));
        out.println(Object[].class.isAssignableFrom(String[].class));
        out.println(String[].class.isAssignableFrom(Object[].class));
        out.println(Object[].class.isAssignableFrom(int[].class));
        out.println("text".getClass() == String.class && Integer.valueOf(3).getClass() == Integer.class);
        out.println((Object) String.class.cast("ok"));
        try {
            out.println((Object) ((Class<?>) Integer.class).cast("no"));
        } catch (Exception e) {
            out.println(e);
        }
        Class<?> shapeClass = Shape.class;
        out.println(shapeClass.getName());
        out.println(shapeClass.isInterface());
        out.println(boolean.class.isPrimitive());
        out.println(boolean[].class.isArray());
        out.println(boolean[].class.getComponentType());
        out.println(circle.getSuperclass());
        out.println(shapeClass.isInstance(s));
        out.println(Base.class.isAssignableFrom(circle));
        out.println(((Object) shapeClass.cast(a)).getClass());
    }
}
