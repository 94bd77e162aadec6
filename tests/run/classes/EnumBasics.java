// Java's enums: constants with fields and a constructor, name, ordinal, toString, compareTo, equals,
// values, valueOf, a switch, and their classes (java.lang.Enum is their superclass).
public class EnumBasics {
  enum Color { RED, GREEN, BLUE }

  enum Planet {
    MERCURY(3.303e+23, 2.4397e6), EARTH(5.976e+24, 6.37814e6), JUPITER(1.9e+27, 7.1492e7);

    final double mass;
    final double radius;

    Planet(double mass, double radius) {
      this.mass = mass;
      this.radius = radius;
    }

    double surfaceGravity() {
      return 6.67300E-11 * mass / (radius * radius);
    }

    @Override
    public String toString() {
      return name().charAt(0) + name().substring(1).toLowerCase();
    }
  }

  static String describe(Color color) {
    switch (color) {
      case RED: return "warm";
      case BLUE: return "cool";
      default: return "neutral";
    }
  }

  public static void main(String[] args) {
    for (Color color : Color.values()) {
      System.out.println(color + " " + color.ordinal() + " " + color.name() + " " + color.compareTo(Color.GREEN) + " " + color.equals(Color.RED) + " " + describe(color));
    }
    for (Planet planet : Planet.values()) {
      System.out.println(planet + " " + planet.name() + " " + String.format("%.2f", planet.surfaceGravity()));
    }
    System.out.println(Color.valueOf("BLUE") + " " + (Color.valueOf("BLUE") == Color.BLUE) + " " + Color.values().length);
    try {
      Color.valueOf("PURPLE");
    } catch (IllegalArgumentException e) {
      System.out.println(e.getMessage());
    }
    Object any = Planet.EARTH;
    System.out.println((any instanceof Enum) + " " + (any instanceof Comparable) + " " + any.getClass().getName() + " " + any);
    Color[] copy = Color.values();
    copy[0] = Color.BLUE;
    System.out.println(Color.values()[0] + " " + copy[0]);
  }
}
