import java.util.*;

public class EnumConstantsFromClass {
    enum Suit { CLUBS, DIAMONDS, HEARTS, SPADES }
    enum Level { LOW(1), MEDIUM(5), HIGH(10);
        final int weight;
        Level(int w) { weight = w; }
    }
    enum Unused { ALPHA, BETA, GAMMA }

    public static void main(String[] args) {
        // Unused is named only through its Class: its constants come from values().
        for (Unused u : EnumSet.allOf(Unused.class)) System.out.print(u + " ");
        System.out.println();
        EnumSet<Suit> red = EnumSet.of(Suit.HEARTS, Suit.DIAMONDS);
        System.out.println(red + " " + EnumSet.complementOf(red));
        System.out.println(EnumSet.range(Suit.DIAMONDS, Suit.SPADES) + " " + EnumSet.noneOf(Suit.class));
        EnumSet<Level> all = EnumSet.allOf(Level.class);
        all.remove(Level.MEDIUM);
        EnumSet<Level> copy = EnumSet.copyOf(all);
        copy.add(Level.MEDIUM);
        System.out.println(all + " " + copy + " " + EnumSet.complementOf(all));
        List<Level> list = new ArrayList<>();
        list.add(Level.HIGH); list.add(Level.LOW);
        System.out.println(EnumSet.copyOf(list));
        try { EnumSet.copyOf(new ArrayList<Level>()); } catch (IllegalArgumentException e) { System.out.println("IAE " + e.getMessage()); }
        try { EnumSet.range(Suit.SPADES, Suit.CLUBS); } catch (IllegalArgumentException e) { System.out.println("IAE " + e.getMessage()); }
        Suit[] suits = (Suit[]) Suit.class.getEnumConstants();
        System.out.println(suits.length + " " + suits[3] + " " + Arrays.toString(suits));
        System.out.println(Suit.class.isEnum() + " " + String.class.isEnum() + " " + (String.class.getEnumConstants() == null));
        System.out.println(((Level) Enum.valueOf(Level.class, "HIGH")).weight);
        try { Enum.valueOf(Level.class, "NONE"); } catch (IllegalArgumentException e) { System.out.println("IAE " + e.getMessage()); }
        System.out.println(Level.LOW.getDeclaringClass() == Level.class);
        System.out.println(Level.class.getName() + " " + Level.class.getSimpleName() + " " + Level.class.getCanonicalName());
        EnumMap<Suit, Integer> counts = new EnumMap<>(Suit.class);
        for (Suit s : Suit.values()) counts.put(s, s.name().length());
        EnumMap<Suit, Integer> cloned = (EnumMap<Suit, Integer>) counts.clone();
        cloned.remove(Suit.CLUBS);
        System.out.println(counts + " " + cloned);
        Set<Suit> fromAll = EnumSet.allOf(Suit.class);
        fromAll.removeIf(s -> s.ordinal() % 2 == 0);
        System.out.println(fromAll);
        EnumSet<Suit> cl = EnumSet.of(Suit.CLUBS).clone();
        cl.add(Suit.SPADES);
        System.out.println(cl);
    }
}
