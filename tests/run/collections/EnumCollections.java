import java.util.*;

// EnumMap and EnumSet iterate in the constants' order, whatever the order of insertion.
public class EnumCollections {
    enum Day { MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY, SATURDAY, SUNDAY }

    public static void main(String[] args) {
        EnumMap<Day, Integer> hours = new EnumMap<>(Day.class);
        hours.put(Day.FRIDAY, 6);
        hours.put(Day.MONDAY, 8);
        hours.put(Day.WEDNESDAY, 7);
        System.out.println(hours + " " + hours.size() + " " + hours.get(Day.MONDAY) + " " + hours.containsKey(Day.SUNDAY));
        hours.merge(Day.MONDAY, 1, (a, b) -> a + b);
        hours.remove(Day.WEDNESDAY);
        int total = 0;
        for (Map.Entry<Day, Integer> entry : hours.entrySet()) {
            total += entry.getValue();
            System.out.println(entry.getKey() + " " + entry.getKey().ordinal() + " " + entry.getValue());
        }
        System.out.println("total " + total + " " + hours.keySet() + " " + hours.values());
        EnumSet<Day> weekend = EnumSet.of(Day.SUNDAY, Day.SATURDAY);
        EnumSet<Day> chosen = EnumSet.noneOf(Day.class);
        chosen.add(Day.THURSDAY);
        chosen.add(Day.TUESDAY);
        chosen.addAll(weekend);
        System.out.println(weekend + " " + chosen + " " + chosen.contains(Day.MONDAY) + " " + chosen.size());
        chosen.removeAll(weekend);
        System.out.println(chosen + " " + EnumSet.copyOf(Arrays.asList(Day.FRIDAY, Day.MONDAY, Day.FRIDAY)) + " " + EnumSet.of(Day.MONDAY, Day.TUESDAY, Day.WEDNESDAY, Day.THURSDAY, Day.FRIDAY, Day.SATURDAY));
        Map<Day, Integer> copy = new EnumMap<>(hours);
        System.out.println(copy.equals(hours) + " " + new TreeMap<>(copy).firstKey());
    }
}
