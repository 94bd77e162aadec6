// Enums with state, constant-specific bodies, interfaces, switch, EnumMap/EnumSet, valueOf errors and ordinals.
import java.util.*;

public class EnumsDeep {
    interface Shape { double area(double size); }

    enum Planet {
        MERCURY(3.303e+23, 2.4397e6), VENUS(4.869e+24, 6.0518e6), EARTH(5.976e+24, 6.37814e6), MARS(6.421e+23, 3.3972e6);
        private final double mass, radius;
        Planet(double mass, double radius) { this.mass = mass; this.radius = radius; }
        static final double G = 6.67300E-11;
        double surfaceGravity() { return G * mass / (radius * radius); }
        double surfaceWeight(double otherMass) { return otherMass * surfaceGravity(); }
    }

    enum Op {
        PLUS("+"), MINUS("-"), TIMES("*"), DIV("/");
        final String symbol;
        Op(String symbol) { this.symbol = symbol; }
        int apply(int a, int b) { switch (this) { case PLUS: return a + b; case MINUS: return a - b; case TIMES: return a * b; default: return a / b; } }
        @Override public String toString() { return symbol; }
    }

    enum Figure implements Shape {
        SQUARE, CIRCLE, TRIANGLE;
        public double area(double s) { return this == SQUARE ? s * s : this == CIRCLE ? Math.PI * s * s : s * s * Math.sqrt(3) / 4; }
    }

    enum Day { MON, TUE, WED, THU, FRI, SAT, SUN;
        boolean weekend() { return this == SAT || this == SUN; }
        Day next() { return values()[(ordinal() + 1) % values().length]; }
    }

    static String kind(Day d) {
        switch (d) {
            case SAT: case SUN: return "rest";
            case FRI: return "almost";
            default: return "work";
        }
    }

    public static void main(String[] args) {
        double earthWeight = 175;
        double mass = earthWeight / Planet.EARTH.surfaceGravity();
        for (Planet p : Planet.values()) System.out.printf("Weight on %s is %.2f%n", p, p.surfaceWeight(mass));
        for (Op op : Op.values()) System.out.println(op.name() + " " + op + " " + op.apply(17, 5) + " " + op.ordinal() + " " + op.getClass().getSimpleName());
        System.out.println(Op.valueOf("TIMES").apply(6, 7));
        try { Op.valueOf("MODULO"); } catch (IllegalArgumentException e) { System.out.println(e.getMessage()); }
        for (Figure f : Figure.values()) System.out.printf("%s %.3f%n", f, f.area(2));
        for (Day d : Day.values()) System.out.print(d + ":" + kind(d) + ":" + d.weekend() + ":" + d.next() + " ");
        System.out.println();
        EnumMap<Day, Integer> hours = new EnumMap<>(Day.class);
        hours.put(Day.WED, 8); hours.put(Day.MON, 9); hours.put(Day.SUN, 0);
        System.out.println(hours + " " + hours.containsKey(Day.TUE) + " " + hours.keySet());
        EnumSet<Day> weekend = EnumSet.of(Day.SAT, Day.SUN);
        System.out.println(weekend + " " + EnumSet.complementOf(weekend) + " " + EnumSet.range(Day.TUE, Day.THU) + " " + EnumSet.allOf(Day.class).size() + " " + EnumSet.noneOf(Day.class));
        System.out.println(Day.MON.compareTo(Day.FRI) + " " + Day.SUN.compareTo(Day.MON) + " " + Day.valueOf("WED").ordinal());
        System.out.println(Day.MON.equals(Day.MON) + " " + (Day.MON.hashCode() == Day.MON.hashCode()) + " " + Day.class.getSimpleName());
        Map<Op, Integer> uses = new HashMap<>();
        for (Op op : new Op[]{Op.PLUS, Op.PLUS, Op.DIV}) uses.merge(op, 1, Integer::sum);
        System.out.println(uses.get(Op.PLUS) + " " + uses.get(Op.DIV) + " " + uses.get(Op.MINUS));
        List<Day> days = new ArrayList<>(Arrays.asList(Day.SUN, Day.MON, Day.FRI, Day.TUE));
        Collections.sort(days);
        System.out.println(days);
        System.out.println(Day.FRI.getDeclaringClass() == Day.class);
        Enum<Day> e = Day.THU;
        System.out.println(e.name() + e.ordinal());
    }
}
