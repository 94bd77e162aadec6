// java.time's Year and YearMonth: leap years, month lengths, arithmetic, ordering, parsing, printing and the
// JDK's errors; LocalDate.datesUntil and ChronoUnit between years and months.
import java.time.*;
import java.time.temporal.ChronoUnit;
import java.util.*;
import java.util.stream.*;

public class YearsAndMonths {
    public static void main(String[] args) {
        for (int y : new int[] {1900, 2000, 2023, 2024, 2100, 0, -4, 400}) {
            Year year = Year.of(y);
            System.out.println(year + " leap=" + year.isLeap() + " " + Year.isLeap(y) + " length=" + year.length() + " day60=" + year.atDay(60));
        }
        YearMonth feb = YearMonth.of(2024, 2);
        System.out.println(feb + " " + feb.lengthOfMonth() + " " + feb.lengthOfYear() + " " + feb.isLeapYear() + " " + feb.atEndOfMonth() + " " + feb.atDay(1));
        System.out.println(feb.plusMonths(11) + " " + feb.minusMonths(2) + " " + feb.plusYears(1).lengthOfMonth() + " " + feb.getMonth() + " " + feb.getMonthValue() + " " + feb.getYear());
        System.out.println(YearMonth.of(-5, Month.DECEMBER) + " " + YearMonth.of(12345, 1) + " " + YearMonth.of(7, 7) + " " + Year.of(-12) + " " + Year.of(12345));
        List<YearMonth> months = new ArrayList<>();
        for (int m = 1; m <= 12; m++) months.add(YearMonth.of(2023, m));
        System.out.println(months.stream().map(ym -> ym.getMonth() + ":" + ym.lengthOfMonth()).collect(Collectors.joining(" ")));
        List<YearMonth> sorted = new ArrayList<>(List.of(YearMonth.of(2020, 5), YearMonth.of(2019, 12), YearMonth.of(2020, 1)));
        Collections.sort(sorted);
        System.out.println(sorted + " " + sorted.get(0).isBefore(sorted.get(1)) + " " + sorted.get(2).isAfter(sorted.get(1)));
        System.out.println(YearMonth.parse("2021-03") + " " + Year.parse("1999") + " " + YearMonth.parse("2021-03").equals(YearMonth.of(2021, 3)));
        System.out.println(YearMonth.from(LocalDate.of(2022, 8, 15)) + " " + Year.from(LocalDate.of(2022, 8, 15)));
        System.out.println(Year.of(2020).atMonth(2).atEndOfMonth() + " " + Year.of(2021).atMonth(Month.MARCH));
        System.out.println(ChronoUnit.MONTHS.between(YearMonth.of(2020, 11), YearMonth.of(2022, 2)) + " " + ChronoUnit.YEARS.between(Year.of(1990), Year.of(2024)) + " " + ChronoUnit.DECADES.between(Year.of(1990), Year.of(2024)));
        System.out.println(YearMonth.of(2020, 1).plus(3, ChronoUnit.YEARS) + " " + Year.of(2000).plus(2, ChronoUnit.CENTURIES) + " " + Year.of(2000).minusYears(2001));
        System.out.println(LocalDate.of(2024, 2, 26).datesUntil(LocalDate.of(2024, 3, 2)).map(LocalDate::toString).collect(Collectors.joining(",")));
        System.out.println(LocalDate.of(2024, 1, 1).datesUntil(LocalDate.of(2025, 1, 1)).filter((LocalDate d) -> d.getDayOfWeek() == DayOfWeek.FRIDAY && d.getDayOfMonth() == 13).count());
        Set<Year> years = new HashSet<>(List.of(Year.of(2000), Year.of(2000), Year.of(2001)));
        System.out.println(years.size() + " " + Year.of(2000).hashCode() + " " + YearMonth.of(2000, 3).hashCode() + " " + Year.of(3).compareTo(Year.of(1)));
        String[] bad = {"month13", "year", "parse", "parse2", "parse3", "parse4", "parse5", "dates", "unit"};
        for (String what : bad) {
            try {
                switch (what) {
                    case "month13": YearMonth.of(2020, 13); break;
                    case "year": Year.of(1_000_000_000); break;
                    case "parse": YearMonth.parse("2020/01"); break;
                    case "parse2": YearMonth.parse("2020-1"); break;
                    case "parse3": YearMonth.parse("2020-011"); break;
                    case "parse4": Year.parse("99"); break;
                    case "parse5": Year.parse("2024x"); break;
                    case "dates": LocalDate.of(2020, 1, 2).datesUntil(LocalDate.of(2020, 1, 1)); break;
                    default: Year.of(2000).plus(1, ChronoUnit.DAYS); break;
                }
            } catch (RuntimeException e) {
                System.out.println(e.getClass().getSimpleName() + ": " + e.getMessage());
            }
        }
    }
}
