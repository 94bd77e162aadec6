// TimesAndFormatters: java.time's LocalTime, LocalDateTime, Duration.between and DateTimeFormatter patterns, against the JDK
import java.time.*;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.*;

public class TimesAndFormatters {
    public static void main(String[] args) {
        LocalTime t = LocalTime.of(9, 5);
        System.out.println(t + " " + t.plusMinutes(70) + " " + t.minusHours(10) + " " + t.plusSeconds(7) + " " + t.plusNanos(1500000) + " " + t.plusNanos(1500) + " " + t.plusNanos(1) + " " + LocalTime.of(23, 59, 59).plusSeconds(2) + " " + LocalTime.MIDNIGHT + " " + LocalTime.NOON + " " + LocalTime.MAX);
        System.out.println(t.toSecondOfDay() + " " + LocalTime.ofSecondOfDay(45296) + " " + LocalTime.parse("18:30") + " " + LocalTime.parse("07:08:09.25") + " " + t.isBefore(LocalTime.NOON) + " " + t.compareTo(LocalTime.of(9, 5, 1)) + " " + t.hashCode() + " " + ChronoUnit.MINUTES.between(t, LocalTime.of(17, 45)) + " " + t.withHour(22).withMinute(1));
        LocalDateTime dt = LocalDateTime.of(2024, 2, 28, 22, 30);
        System.out.println(dt + " " + dt.plusHours(3) + " " + dt.plusMinutes(-1470) + " " + dt.plusDays(1).plusMonths(12) + " " + dt.withSecond(15) + " " + dt.plusSeconds(90061) + " " + dt.toLocalDate() + " " + dt.toLocalTime() + " " + dt.getDayOfWeek() + " " + dt.minus(Duration.ofMinutes(45)));
        LocalDateTime later = LocalDateTime.of(2024, 3, 2, 8, 15, 30);
        System.out.println(Duration.between(dt, later) + " " + ChronoUnit.HOURS.between(dt, later) + " " + ChronoUnit.DAYS.between(dt, later) + " " + ChronoUnit.DAYS.between(later, dt) + " " + ChronoUnit.MINUTES.between(later, dt) + " " + Duration.between(LocalTime.of(10, 0, 0, 700000000), LocalTime.of(10, 0, 2, 300000000)) + " " + Duration.between(later, dt));
        System.out.println(dt.isBefore(later) + " " + dt.equals(LocalDateTime.of(2024, Month.FEBRUARY, 28, 22, 30)) + " " + dt.compareTo(later) + " " + LocalDateTime.parse("2021-12-31T23:59:59").plusSeconds(1) + " " + LocalDate.of(2024, 5, 6).atTime(7, 0) + " " + LocalDate.of(2024, 5, 6).atStartOfDay() + " " + t.atDate(LocalDate.of(2000, 1, 1)));
        DateTimeFormatter[] fs = { DateTimeFormatter.ofPattern("dd/MM/yyyy"), DateTimeFormatter.ofPattern("MMM d, yyyy"), DateTimeFormatter.ofPattern("EEEE, MMMM dd yy"), DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss"), DateTimeFormatter.ofPattern("h:mm a"), DateTimeFormatter.ofPattern("'Day' D 'of' u, E"), DateTimeFormatter.ofPattern("HH.mm.ss.SSS"), DateTimeFormatter.ISO_LOCAL_DATE_TIME, DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmm"), DateTimeFormatter.ofPattern("G yyyy LLL kk:mm K a"), DateTimeFormatter.ofPattern("''yy'' M/d") };
        LocalDateTime[] samples = { dt, later, LocalDateTime.of(1969, 7, 20, 20, 17, 40, 123456789), LocalDateTime.of(2000, 1, 1, 0, 0), LocalDateTime.of(2023, 12, 31, 12, 5, 9) };
        for (DateTimeFormatter f : fs) { StringBuilder sb = new StringBuilder(); for (LocalDateTime s : samples) sb.append(s.format(f)).append(" | "); System.out.println(sb); }
        System.out.println(LocalDate.of(2024, 7, 4).format(DateTimeFormatter.ofPattern("MM/dd/yyyy")) + " " + LocalTime.of(14, 3).format(DateTimeFormatter.ofPattern("hh:mm a")) + " " + DateTimeFormatter.ISO_LOCAL_DATE.format(LocalDate.of(2024, 7, 4)) + " " + LocalDate.of(2024, 7, 4).format(DateTimeFormatter.BASIC_ISO_DATE));
        System.out.println(LocalDate.parse("15/08/2023", DateTimeFormatter.ofPattern("dd/MM/yyyy")) + " " + LocalDate.parse("Mar 5, 2021", DateTimeFormatter.ofPattern("MMM d, yyyy")) + " " + LocalDateTime.parse("2022-01-02 03:04:05", DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")) + " " + LocalTime.parse("7:45 PM", DateTimeFormatter.ofPattern("h:mm a")) + " " + LocalDate.parse("20240229", DateTimeFormatter.BASIC_ISO_DATE));
        System.out.println(LocalDate.parse("31/02/2023", DateTimeFormatter.ofPattern("dd/MM/yyyy")) + " " + LocalDate.parse("30/04/2024", DateTimeFormatter.ofPattern("dd/MM/yyyy")));
        try { LocalDate.parse("32/01/2023", DateTimeFormatter.ofPattern("dd/MM/yyyy")); } catch (DateTimeParseException e) { System.out.println("parse error"); }
        try { LocalDate.parse("2023/01/01", DateTimeFormatter.ofPattern("dd/MM/yyyy")); } catch (DateTimeParseException e) { System.out.println(e.getMessage()); }
        try { DateTimeFormatter.ofPattern("yyyy-bb"); } catch (IllegalArgumentException e) { System.out.println(e.getMessage()); }
        try { LocalDate.of(2020, 1, 1).format(DateTimeFormatter.ofPattern("HH:mm")); } catch (DateTimeException e) { System.out.println(e.getMessage()); }
        try { LocalTime.of(24, 0); } catch (DateTimeException e) { System.out.println(e.getMessage()); }
        List<LocalDateTime> meetings = new ArrayList<>(List.of(later, dt, LocalDateTime.of(2024, 2, 28, 9, 0))); Collections.sort(meetings); System.out.println(meetings);
    }
}
