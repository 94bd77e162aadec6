// DatesAndDurations: java.time's LocalDate, Month, DayOfWeek, Period, Duration and ChronoUnit, against the JDK
import java.time.*;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.*;

public class DatesAndDurations {
    public static void main(String[] args) {
        LocalDate d = LocalDate.of(2024, 1, 31);
        System.out.println(d + " " + d.plusMonths(1) + " " + d.plusMonths(13) + " " + d.minusMonths(2) + " " + d.plusDays(30) + " " + d.plusWeeks(-5) + " " + d.plusYears(1).minusDays(1));
        System.out.println(d.getDayOfWeek() + " " + d.getDayOfYear() + " " + d.isLeapYear() + " " + d.lengthOfMonth() + " " + d.lengthOfYear() + " " + d.getMonth() + " " + d.getMonthValue() + " " + d.toEpochDay());
        LocalDate leap = LocalDate.of(2024, Month.FEBRUARY, 29);
        System.out.println(leap.plusYears(1) + " " + leap.plusYears(4) + " " + leap.withDayOfMonth(1) + " " + leap.withMonth(4) + " " + leap.withYear(2023) + " " + leap.withDayOfYear(365));
        LocalDate a = LocalDate.of(1999, 12, 31), b = LocalDate.of(2025, 3, 1);
        System.out.println(ChronoUnit.DAYS.between(a, b) + " " + ChronoUnit.WEEKS.between(a, b) + " " + ChronoUnit.MONTHS.between(a, b) + " " + ChronoUnit.YEARS.between(a, b) + " " + ChronoUnit.DAYS.between(b, a) + " " + a.until(b, ChronoUnit.MONTHS));
        System.out.println(Period.between(a, b) + " " + Period.between(b, a) + " " + a.until(b) + " " + Period.between(LocalDate.of(2020, 1, 31), LocalDate.of(2020, 3, 1)) + " " + Period.between(a, a) + " " + Period.ofWeeks(3) + " " + Period.of(1, 14, -3).normalized());
        System.out.println(a.isBefore(b) + " " + a.isAfter(b) + " " + a.equals(LocalDate.of(1999, 12, 31)) + " " + a.compareTo(b) + " " + a.hashCode() + " " + a.isEqual(a));
        List<LocalDate> dates = new ArrayList<>(List.of(b, a, d, leap)); Collections.sort(dates); System.out.println(dates);
        System.out.println(LocalDate.parse("2023-06-15").plusDays(100) + " " + LocalDate.ofEpochDay(0) + " " + LocalDate.ofEpochDay(-1) + " " + LocalDate.ofEpochDay(100000) + " " + LocalDate.ofYearDay(2023, 256) + " " + LocalDate.of(5, 3, 7) + " " + LocalDate.of(-44, 3, 15) + " " + LocalDate.of(12345, 1, 1));
        for (long e = -800000; e <= 3000000; e += 123457) { LocalDate x = LocalDate.ofEpochDay(e); if (x.toEpochDay() != e) System.out.println("bad " + e); System.out.print(x + ":" + x.getDayOfWeek().getValue() + " "); }
        System.out.println();
        try { LocalDate.of(2023, 2, 29); } catch (DateTimeException e) { System.out.println(e.getMessage()); }
        try { LocalDate.of(2023, 4, 31); } catch (DateTimeException e) { System.out.println(e.getMessage()); }
        try { LocalDate.of(2023, 13, 1); } catch (DateTimeException e) { System.out.println(e.getMessage()); }
        try { LocalDate.of(2023, 1, 32); } catch (DateTimeException e) { System.out.println(e.getMessage()); }
        try { LocalDate.parse("2023-02-30"); } catch (DateTimeParseException e) { System.out.println(e.getMessage()); }
        try { LocalDate.parse("20230230"); } catch (DateTimeParseException e) { System.out.println(e.getMessage()); }
        System.out.println(Month.JANUARY.plus(13) + " " + Month.MARCH.minus(5) + " " + Month.of(2).length(true) + " " + Month.SEPTEMBER.maxLength() + " " + Month.AUGUST.firstDayOfYear(false) + " " + Month.NOVEMBER.firstMonthOfQuarter() + " " + Arrays.toString(Month.values()).length());
        System.out.println(DayOfWeek.MONDAY.plus(10) + " " + DayOfWeek.SUNDAY.minus(1) + " " + DayOfWeek.of(3) + " " + DayOfWeek.FRIDAY.getValue() + " " + DayOfWeek.valueOf("SATURDAY").ordinal());
        Duration du = Duration.ofMinutes(90).plusSeconds(5).plusMillis(250);
        System.out.println(du + " " + du.toMinutes() + " " + du.toMillis() + " " + du.getSeconds() + " " + du.getNano() + " " + du.negated() + " " + Duration.ofHours(49) + " " + Duration.ofMillis(-1500) + " " + Duration.ZERO + " " + Duration.ofSeconds(59).plus(Duration.ofSeconds(1)));
        System.out.println(Duration.ofDays(2).toHours() + " " + du.compareTo(Duration.ofHours(1)) + " " + Duration.of(3, ChronoUnit.HOURS) + " " + Duration.ofSeconds(3661).toHoursPart() + ":" + Duration.ofSeconds(3661).toMinutesPart() + ":" + Duration.ofSeconds(3661).toSecondsPart() + " " + Duration.ofNanos(1500) + " " + du.multipliedBy(3) + " " + Duration.ofSeconds(-1, 1));
        LocalDate due = LocalDate.of(2024, 12, 20);
        for (int i = 0; i < 4; i++) { System.out.print(due.getDayOfWeek().toString().substring(0, 3) + " " + due + "; "); due = due.plus(1, ChronoUnit.WEEKS).plus(Period.ofDays(3)); }
        System.out.println();
        System.out.println(ChronoUnit.DAYS + " " + ChronoUnit.MONTHS.isDateBased() + " " + ChronoUnit.HOURS.isTimeBased() + " " + LocalDate.MIN + " " + LocalDate.MAX + " " + LocalDate.EPOCH);
    }
}
