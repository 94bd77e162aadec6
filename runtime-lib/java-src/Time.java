// Kiln's runtime library: java.time's dates and amounts (LocalDate, Month, DayOfWeek, Period, Duration, Year,
// YearMonth), in Java; translate.sh turns them into IR. Dates are proleptic ISO, as the JDK's; the texts and
// exception messages are the JDK's. No clock: a program that asks for `now()` cannot be compared with the JVM anyway.
package java.time;


public enum Month {
  JANUARY, FEBRUARY, MARCH, APRIL, MAY, JUNE, JULY, AUGUST, SEPTEMBER, OCTOBER, NOVEMBER, DECEMBER;

  public static Month of(int month) {
    if (month < 1 || month > 12) throw new java.time.DateTimeException("Invalid value for MonthOfYear: " + month);
    return values()[month - 1];
  }

  public int getValue() {
    return ordinal() + 1;
  }

  public Month plus(long months) {
    int amount = (int) (months % 12);
    return values()[(ordinal() + (amount + 12)) % 12];
  }

  public Month minus(long months) {
    return plus(-(months % 12));
  }

  public int length(boolean leapYear) {
    if (this == FEBRUARY) return leapYear ? 29 : 28;
    if (this == APRIL || this == JUNE || this == SEPTEMBER || this == NOVEMBER) return 30;
    return 31;
  }

  public int minLength() {
    return length(false);
  }

  public int maxLength() {
    return length(true);
  }

  // The day of the year on which the month starts.
  public int firstDayOfYear(boolean leapYear) {
    int day = 1;
    for (int m = 0; m < ordinal(); m++) day += values()[m].length(leapYear);
    return day;
  }

  public Month firstMonthOfQuarter() {
    return values()[(ordinal() / 3) * 3];
  }
}

public enum DayOfWeek {
  MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY, SATURDAY, SUNDAY;

  public static DayOfWeek of(int dayOfWeek) {
    if (dayOfWeek < 1 || dayOfWeek > 7) throw new java.time.DateTimeException("Invalid value for DayOfWeek: " + dayOfWeek);
    return values()[dayOfWeek - 1];
  }

  public int getValue() {
    return ordinal() + 1;
  }

  public DayOfWeek plus(long days) {
    int amount = (int) (days % 7);
    return values()[(ordinal() + (amount + 7)) % 7];
  }

  public DayOfWeek minus(long days) {
    return plus(-(days % 7));
  }
}

public final class LocalDate implements java.time.chrono.ChronoLocalDate {
  public static final LocalDate MIN = new LocalDate(-999999999, 1, 1);
  public static final LocalDate MAX = new LocalDate(999999999, 12, 31);
  public static final LocalDate EPOCH = new LocalDate(1970, 1, 1);
  // Days from 0000-03-01 to 1970-01-01, in the proleptic calendar.
  static final long DAYS_0000_TO_1970 = 719528L;

  private final int year;
  private final short month;
  private final short day;

  private LocalDate(int year, int month, int day) {
    this.year = year;
    this.month = (short) month;
    this.day = (short) day;
  }

  public static boolean isLeap(long year) {
    return (year & 3) == 0 && (year % 100 != 0 || year % 400 == 0);
  }

  static void checkField(String field, long value, long min, long max, String range) {
    if (value < min || value > max) {
      throw new java.time.DateTimeException("Invalid value for " + field + " (valid values " + range + "): " + value);
    }
  }

  public static LocalDate of(int year, int month, int dayOfMonth) {
    checkField("Year", year, -999999999, 999999999, "-999999999 - 999999999");
    checkField("MonthOfYear", month, 1, 12, "1 - 12");
    checkField("DayOfMonth", dayOfMonth, 1, 31, "1 - 28/31");
    if (dayOfMonth > 28) {
      int length = Month.of(month).length(isLeap(year));
      if (dayOfMonth > length) {
        if (dayOfMonth == 29) {
          throw new java.time.DateTimeException("Invalid date 'February 29' as '" + year + "' is not a leap year");
        }
        throw new java.time.DateTimeException("Invalid date '" + Month.of(month).name() + " " + dayOfMonth + "'");
      }
    }
    return new LocalDate(year, month, dayOfMonth);
  }


  public static LocalDate of(int year, Month month, int dayOfMonth) {
    if (month == null) throw new NullPointerException("month");
    return of(year, month.getValue(), dayOfMonth);
  }

  public static LocalDate ofYearDay(int year, int dayOfYear) {
    checkField("Year", year, -999999999, 999999999, "-999999999 - 999999999");
    checkField("DayOfYear", dayOfYear, 1, 366, "1 - 365/366");
    boolean leap = isLeap(year);
    if (dayOfYear == 366 && !leap) {
      throw new java.time.DateTimeException("Invalid date 'DayOfYear 366' as '" + year + "' is not a leap year");
    }
    int month = 1;
    while (month < 12 && dayOfYear >= Month.of(month + 1).firstDayOfYear(leap)) month++;
    return new LocalDate(year, month, dayOfYear - Month.of(month).firstDayOfYear(leap) + 1);
  }

  public static LocalDate ofEpochDay(long epochDay) {
    // Count from 0000-03-01, so that the leap day ends each 400-year cycle's years.
    long zeroDay = epochDay + DAYS_0000_TO_1970 - 60;
    long adjust = 0;
    if (zeroDay < 0) {
      long adjustCycles = (zeroDay + 1) / 146097 - 1;
      adjust = adjustCycles * 400;
      zeroDay += -adjustCycles * 146097;
    }
    long yearEstimate = (400 * zeroDay + 591) / 146097;
    long dayOfYearEstimate = zeroDay - (365 * yearEstimate + yearEstimate / 4 - yearEstimate / 100 + yearEstimate / 400);
    if (dayOfYearEstimate < 0) {
      yearEstimate--;
      dayOfYearEstimate = zeroDay - (365 * yearEstimate + yearEstimate / 4 - yearEstimate / 100 + yearEstimate / 400);
    }
    yearEstimate += adjust;
    int marchDayOfYear = (int) dayOfYearEstimate;
    int marchMonth = (marchDayOfYear * 5 + 2) / 153;
    int month = (marchMonth + 2) % 12 + 1;
    int dayOfMonth = marchDayOfYear - (marchMonth * 306 + 5) / 10 + 1;
    yearEstimate += marchMonth / 10;
    if (yearEstimate < -999999999 || yearEstimate > 999999999) {
      throw new java.time.DateTimeException("Invalid value for Year (valid values -999999999 - 999999999): " + yearEstimate);
    }
    return new LocalDate((int) yearEstimate, month, dayOfMonth);
  }

  // [second pass]
  public static LocalDate parse(CharSequence text, java.time.format.DateTimeFormatter formatter) {
    return formatter.parseFields(text).toLocalDate();
  }

  public static LocalDate parse(CharSequence text) {
    String s = text.toString();
    int dash = s.indexOf('-', 1);
    boolean ok = dash > 0 && s.length() == dash + 6 && s.charAt(dash + 3) == '-';
    if (ok) {
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        boolean digit = c >= '0' && c <= '9';
        if (!(digit || i == dash || i == dash + 3 || (i == 0 && (c == '+' || c == '-')))) ok = false;
      }
    }
    if (!ok || dash < 4) throw new java.time.format.DateTimeParseException("Text '" + s + "' could not be parsed at index 0", s, 0);
    int year = Integer.parseInt(s.charAt(0) == '+' ? s.substring(1, dash) : s.substring(0, dash));
    int month = Integer.parseInt(s.substring(dash + 1, dash + 3));
    int day = Integer.parseInt(s.substring(dash + 4));
    try {
      return of(year, month, day);
    } catch (java.time.DateTimeException e) {
      throw new java.time.format.DateTimeParseException("Text '" + s + "' could not be parsed: " + e.getMessage(), s, 0);
    }
  }

  public int getYear() {
    return year;
  }

  public int getMonthValue() {
    return month;
  }

  public Month getMonth() {
    return Month.of(month);
  }

  public int getDayOfMonth() {
    return day;
  }

  public int getDayOfYear() {
    return getMonth().firstDayOfYear(isLeapYear()) + day - 1;
  }

  public DayOfWeek getDayOfWeek() {
    return DayOfWeek.of((int) Math.floorMod(toEpochDay() + 3, 7L) + 1);
  }

  public boolean isLeapYear() {
    return isLeap(year);
  }

  // The days from this one up to the end (not included), as the JDK's stream.
  public java.util.stream.Stream<LocalDate> datesUntil(LocalDate endExclusive) {
    long days = endExclusive.toEpochDay() - toEpochDay();
    if (days < 0) throw new IllegalArgumentException(endExclusive + " < " + this);
    return java.util.stream.LongStream.range(0, days).mapToObj((long offset) -> plusDays(offset));
  }

  public int lengthOfMonth() {
    return getMonth().length(isLeapYear());
  }

  public int lengthOfYear() {
    return isLeapYear() ? 366 : 365;
  }

  public long toEpochDay() {
    long y = year;
    long m = month;
    long total = 365 * y;
    if (y >= 0) {
      total += (y + 3) / 4 - (y + 99) / 100 + (y + 399) / 400;
    } else {
      total -= y / -4 - y / -100 + y / -400;
    }
    total += (367 * m - 362) / 12;
    total += day - 1;
    if (m > 2) {
      total--;
      if (!isLeapYear()) total--;
    }
    return total - DAYS_0000_TO_1970;
  }

  private long prolepticMonth() {
    return year * 12L + month - 1;
  }

  // The day clamped to the new month's length, as plusMonths and withMonth do.
  private static LocalDate resolvePreviousValid(int year, int month, int day) {
    int length = Month.of(month).length(isLeap(year));
    return new LocalDate(year, month, Math.min(day, length));
  }

  public LocalDate withYear(int year) {
    if (this.year == year) return this;
    checkField("Year", year, -999999999, 999999999, "-999999999 - 999999999");
    return resolvePreviousValid(year, month, day);
  }

  public LocalDate withMonth(int month) {
    if (this.month == month) return this;
    checkField("MonthOfYear", month, 1, 12, "1 - 12");
    return resolvePreviousValid(year, month, day);
  }

  public LocalDate withDayOfMonth(int dayOfMonth) {
    if (day == dayOfMonth) return this;
    return of(year, month, dayOfMonth);
  }

  public LocalDate withDayOfYear(int dayOfYear) {
    if (getDayOfYear() == dayOfYear) return this;
    return ofYearDay(year, dayOfYear);
  }

  public LocalDate plusDays(long days) {
    if (days == 0) return this;
    return ofEpochDay(Math.addExact(toEpochDay(), days));
  }

  public LocalDate plusWeeks(long weeks) {
    return plusDays(Math.multiplyExact(weeks, 7L));
  }

  public LocalDate plusMonths(long months) {
    if (months == 0) return this;
    long calculated = prolepticMonth() + months;
    long newYear = Math.floorDiv(calculated, 12L);
    checkField("Year", newYear, -999999999, 999999999, "-999999999 - 999999999");
    int newMonth = (int) Math.floorMod(calculated, 12L) + 1;
    return resolvePreviousValid((int) newYear, newMonth, day);
  }

  public LocalDate plusYears(long years) {
    if (years == 0) return this;
    long newYear = year + years;
    checkField("Year", newYear, -999999999, 999999999, "-999999999 - 999999999");
    return resolvePreviousValid((int) newYear, month, day);
  }

  public LocalDate minusDays(long days) {
    return days == Long.MIN_VALUE ? plusDays(Long.MAX_VALUE).plusDays(1) : plusDays(-days);
  }

  public LocalDate minusWeeks(long weeks) {
    return weeks == Long.MIN_VALUE ? plusWeeks(Long.MAX_VALUE).plusWeeks(1) : plusWeeks(-weeks);
  }

  public LocalDate minusMonths(long months) {
    return months == Long.MIN_VALUE ? plusMonths(Long.MAX_VALUE).plusMonths(1) : plusMonths(-months);
  }

  public LocalDate minusYears(long years) {
    return years == Long.MIN_VALUE ? plusYears(Long.MAX_VALUE).plusYears(1) : plusYears(-years);
  }

  public LocalDate plus(long amountToAdd, java.time.temporal.TemporalUnit unit) {
    if (unit == java.time.temporal.ChronoUnit.DAYS) return plusDays(amountToAdd);
    if (unit == java.time.temporal.ChronoUnit.WEEKS) return plusWeeks(amountToAdd);
    if (unit == java.time.temporal.ChronoUnit.MONTHS) return plusMonths(amountToAdd);
    if (unit == java.time.temporal.ChronoUnit.YEARS) return plusYears(amountToAdd);
    if (unit == java.time.temporal.ChronoUnit.DECADES) return plusYears(Math.multiplyExact(amountToAdd, 10L));
    if (unit == java.time.temporal.ChronoUnit.CENTURIES) return plusYears(Math.multiplyExact(amountToAdd, 100L));
    if (unit == java.time.temporal.ChronoUnit.MILLENNIA) return plusYears(Math.multiplyExact(amountToAdd, 1000L));
    throw new java.time.temporal.UnsupportedTemporalTypeException("Unsupported unit: " + unit);
  }

  public LocalDate minus(long amountToSubtract, java.time.temporal.TemporalUnit unit) {
    return amountToSubtract == Long.MIN_VALUE
        ? plus(Long.MAX_VALUE, unit).plus(1, unit)
        : plus(-amountToSubtract, unit);
  }

  public LocalDate plus(Period period) {
    return plusMonths(period.toTotalMonths()).plusDays(period.getDays());
  }

  public LocalDate minus(Period period) {
    return minusMonths(period.toTotalMonths()).minusDays(period.getDays());
  }

  public long until(java.time.temporal.Temporal endExclusive, java.time.temporal.TemporalUnit unit) {
    LocalDate end = (LocalDate) endExclusive;
    if (unit == java.time.temporal.ChronoUnit.DAYS) return end.toEpochDay() - toEpochDay();
    if (unit == java.time.temporal.ChronoUnit.WEEKS) return (end.toEpochDay() - toEpochDay()) / 7;
    if (unit == java.time.temporal.ChronoUnit.MONTHS) return monthsUntil(end);
    if (unit == java.time.temporal.ChronoUnit.YEARS) return monthsUntil(end) / 12;
    if (unit == java.time.temporal.ChronoUnit.DECADES) return monthsUntil(end) / 120;
    if (unit == java.time.temporal.ChronoUnit.CENTURIES) return monthsUntil(end) / 1200;
    if (unit == java.time.temporal.ChronoUnit.MILLENNIA) return monthsUntil(end) / 12000;
    throw new java.time.temporal.UnsupportedTemporalTypeException("Unsupported unit: " + unit);
  }

  // Whole months, counting a month only once its day is reached.
  private long monthsUntil(LocalDate end) {
    long packed1 = prolepticMonth() * 32L + day;
    long packed2 = end.prolepticMonth() * 32L + end.day;
    return (packed2 - packed1) / 32;
  }

  public Period until(java.time.chrono.ChronoLocalDate endDateExclusive) {
    LocalDate end = (LocalDate) endDateExclusive;
    long totalMonths = end.prolepticMonth() - prolepticMonth();
    int days = end.day - day;
    if (totalMonths > 0 && days < 0) {
      totalMonths--;
      LocalDate calculated = plusMonths(totalMonths);
      days = (int) (end.toEpochDay() - calculated.toEpochDay());
    } else if (totalMonths < 0 && days > 0) {
      totalMonths++;
      days -= end.lengthOfMonth();
    }
    return Period.of((int) (totalMonths / 12), (int) (totalMonths % 12), days);
  }

  public LocalDateTime atTime(int hour, int minute) {
    return LocalDateTime.of(this, LocalTime.of(hour, minute));
  }

  public LocalDateTime atTime(int hour, int minute, int second) {
    return LocalDateTime.of(this, LocalTime.of(hour, minute, second));
  }

  public LocalDateTime atTime(LocalTime time) {
    return LocalDateTime.of(this, time);
  }

  public LocalDateTime atStartOfDay() {
    return LocalDateTime.of(this, LocalTime.MIDNIGHT);
  }

  // [second pass]
  public String format(java.time.format.DateTimeFormatter formatter) {
    return formatter.format(this);
  }

  public int compareTo(java.time.chrono.ChronoLocalDate other) {
    LocalDate date = (LocalDate) other;
    int compared = year - date.year;
    if (compared == 0) {
      compared = month - date.month;
      if (compared == 0) compared = day - date.day;
    }
    return compared;
  }

  public boolean isBefore(java.time.chrono.ChronoLocalDate other) {
    return compareTo(other) < 0;
  }

  public boolean isAfter(java.time.chrono.ChronoLocalDate other) {
    return compareTo(other) > 0;
  }

  public boolean isEqual(java.time.chrono.ChronoLocalDate other) {
    return compareTo(other) == 0;
  }

  public boolean equals(Object other) {
    if (this == other) return true;
    if (!(other instanceof LocalDate)) return false;
    return compareTo((LocalDate) other) == 0;
  }

  public int hashCode() {
    return (year & 0xFFFFF800) ^ ((year << 11) + (month << 6) + day);
  }

  public String toString() {
    StringBuilder text = appendYear(new StringBuilder(10), year, true);
    text.append(month < 10 ? "-0" : "-").append((int) month).append(day < 10 ? "-0" : "-").append((int) day);
    return text.toString();
  }

  // A year as the JDK prints one in a date: four digits at least, a sign when negative, and a '+' past 9999
  // where the format has one (LocalDate's has, YearMonth's has not).
  static StringBuilder appendYear(StringBuilder text, int year, boolean plusPastFourDigits) {
    if (Math.abs(year) < 1000) {
      if (year < 0) {
        text.append(year - 10000).deleteCharAt(1);
      } else {
        text.append(year + 10000).deleteCharAt(0);
      }
    } else {
      if (year > 9999 && plusPastFourDigits) text.append('+');
      text.append(year);
    }
    return text;
  }
}

public final class Period implements java.time.temporal.TemporalAmount {
  public static final Period ZERO = new Period(0, 0, 0);
  private final int years;
  private final int months;
  private final int days;

  private Period(int years, int months, int days) {
    this.years = years;
    this.months = months;
    this.days = days;
  }

  public static Period of(int years, int months, int days) {
    if ((years | months | days) == 0) return ZERO;
    return new Period(years, months, days);
  }

  public static Period ofDays(int days) {
    return of(0, 0, days);
  }

  public static Period ofWeeks(int weeks) {
    return of(0, 0, Math.multiplyExact(weeks, 7));
  }

  public static Period ofMonths(int months) {
    return of(0, months, 0);
  }

  public static Period ofYears(int years) {
    return of(years, 0, 0);
  }

  public static Period between(LocalDate startDateInclusive, LocalDate endDateExclusive) {
    return startDateInclusive.until(endDateExclusive);
  }

  public int getYears() {
    return years;
  }

  public int getMonths() {
    return months;
  }

  public int getDays() {
    return days;
  }

  public long toTotalMonths() {
    return years * 12L + months;
  }

  public boolean isZero() {
    return this == ZERO;
  }

  public boolean isNegative() {
    return years < 0 || months < 0 || days < 0;
  }

  public Period plusDays(long daysToAdd) {
    return of(years, months, Math.toIntExact(days + daysToAdd));
  }

  public Period plusMonths(long monthsToAdd) {
    return of(years, Math.toIntExact(months + monthsToAdd), days);
  }

  public Period plusYears(long yearsToAdd) {
    return of(Math.toIntExact(years + yearsToAdd), months, days);
  }

  public Period plus(Period other) {
    return of(Math.addExact(years, other.years), Math.addExact(months, other.months), Math.addExact(days, other.days));
  }

  public Period multipliedBy(int scalar) {
    return of(Math.multiplyExact(years, scalar), Math.multiplyExact(months, scalar), Math.multiplyExact(days, scalar));
  }

  public Period negated() {
    return multipliedBy(-1);
  }

  public Period normalized() {
    long totalMonths = toTotalMonths();
    return of(Math.toIntExact(totalMonths / 12), (int) (totalMonths % 12), days);
  }

  public boolean equals(Object other) {
    if (this == other) return true;
    if (!(other instanceof Period)) return false;
    Period period = (Period) other;
    return years == period.years && months == period.months && days == period.days;
  }

  public int hashCode() {
    return years + Integer.rotateLeft(months, 8) + Integer.rotateLeft(days, 16);
  }

  public String toString() {
    if (this == ZERO) return "P0D";
    StringBuilder text = new StringBuilder();
    text.append('P');
    if (years != 0) text.append(years).append('Y');
    if (months != 0) text.append(months).append('M');
    if (days != 0) text.append(days).append('D');
    return text.toString();
  }
}

public final class Duration implements java.time.temporal.TemporalAmount, Comparable<Duration> {
  public static final Duration ZERO = new Duration(0, 0);
  private final long seconds;
  private final int nanos;

  private Duration(long seconds, int nanos) {
    this.seconds = seconds;
    this.nanos = nanos;
  }

  private static Duration create(long seconds, int nanos) {
    if ((seconds | nanos) == 0) return ZERO;
    return new Duration(seconds, nanos);
  }

  public static Duration ofDays(long days) {
    return create(Math.multiplyExact(days, 86400L), 0);
  }

  public static Duration ofHours(long hours) {
    return create(Math.multiplyExact(hours, 3600L), 0);
  }

  public static Duration ofMinutes(long minutes) {
    return create(Math.multiplyExact(minutes, 60L), 0);
  }

  public static Duration ofSeconds(long seconds) {
    return create(seconds, 0);
  }

  public static Duration ofSeconds(long seconds, long nanoAdjustment) {
    long secs = Math.addExact(seconds, Math.floorDiv(nanoAdjustment, 1000000000L));
    int nos = (int) Math.floorMod(nanoAdjustment, 1000000000L);
    return create(secs, nos);
  }

  public static Duration ofMillis(long millis) {
    long secs = millis / 1000;
    int mos = (int) (millis % 1000);
    if (mos < 0) {
      mos += 1000;
      secs--;
    }
    return create(secs, mos * 1000000);
  }

  public static Duration ofNanos(long nanos) {
    long secs = nanos / 1000000000L;
    int nos = (int) (nanos % 1000000000L);
    if (nos < 0) {
      nos += 1000000000;
      secs--;
    }
    return create(secs, nos);
  }

  public static Duration between(java.time.temporal.Temporal startInclusive, java.time.temporal.Temporal endExclusive) {
    long seconds = startInclusive.until(endExclusive, java.time.temporal.ChronoUnit.SECONDS);
    long nanos = 0;
    if (startInclusive instanceof LocalTime) {
      nanos = ((LocalTime) endExclusive).getNano() - ((LocalTime) startInclusive).getNano();
    } else if (startInclusive instanceof LocalDateTime) {
      nanos = ((LocalDateTime) endExclusive).getNano() - ((LocalDateTime) startInclusive).getNano();
    }
    if (seconds > 0 && nanos < 0) {
      seconds++;
    } else if (seconds < 0 && nanos > 0) {
      seconds--;
    }
    return ofSeconds(seconds, nanos);
  }

  public static Duration of(long amount, java.time.temporal.TemporalUnit unit) {
    return ZERO.plus(amount, unit);
  }

  public long getSeconds() {
    return seconds;
  }

  public int getNano() {
    return nanos;
  }

  public boolean isZero() {
    return (seconds | nanos) == 0;
  }

  public boolean isNegative() {
    return seconds < 0;
  }

  public Duration plus(Duration duration) {
    return plus(duration.seconds, duration.nanos);
  }

  public Duration minus(Duration duration) {
    long secondsToSubtract = duration.seconds;
    int nanosToSubtract = duration.nanos;
    if (secondsToSubtract == Long.MIN_VALUE) return plus(Long.MAX_VALUE, -nanosToSubtract).plus(1, 0);
    return plus(-secondsToSubtract, -nanosToSubtract);
  }

  private Duration plus(long secondsToAdd, long nanosToAdd) {
    if ((secondsToAdd | nanosToAdd) == 0) return this;
    long epochSeconds = Math.addExact(seconds, secondsToAdd);
    epochSeconds = Math.addExact(epochSeconds, nanosToAdd / 1000000000L);
    nanosToAdd = nanosToAdd % 1000000000L;
    long nanoAdjustment = nanos + nanosToAdd;
    return ofSeconds(epochSeconds, nanoAdjustment);
  }

  public Duration plus(long amountToAdd, java.time.temporal.TemporalUnit unit) {
    if (unit == java.time.temporal.ChronoUnit.DAYS) return plus(Math.multiplyExact(amountToAdd, 86400L), 0);
    if (unit == java.time.temporal.ChronoUnit.HALF_DAYS) return plus(Math.multiplyExact(amountToAdd, 43200L), 0);
    if (unit == java.time.temporal.ChronoUnit.HOURS) return plus(Math.multiplyExact(amountToAdd, 3600L), 0);
    if (unit == java.time.temporal.ChronoUnit.MINUTES) return plus(Math.multiplyExact(amountToAdd, 60L), 0);
    if (unit == java.time.temporal.ChronoUnit.SECONDS) return plus(amountToAdd, 0);
    if (unit == java.time.temporal.ChronoUnit.MILLIS) return plus(amountToAdd / 1000, (amountToAdd % 1000) * 1000000);
    if (unit == java.time.temporal.ChronoUnit.MICROS) return plus(amountToAdd / 1000000, (amountToAdd % 1000000) * 1000);
    if (unit == java.time.temporal.ChronoUnit.NANOS) return plus(0, amountToAdd);
    throw new java.time.temporal.UnsupportedTemporalTypeException("Unit must not have an estimated duration");
  }

  public Duration plusDays(long days) {
    return plus(Math.multiplyExact(days, 86400L), 0);
  }

  public Duration plusHours(long hours) {
    return plus(Math.multiplyExact(hours, 3600L), 0);
  }

  public Duration plusMinutes(long minutes) {
    return plus(Math.multiplyExact(minutes, 60L), 0);
  }

  public Duration plusSeconds(long secondsToAdd) {
    return plus(secondsToAdd, 0);
  }

  public Duration plusMillis(long millis) {
    return plus(millis / 1000, (millis % 1000) * 1000000);
  }

  public Duration multipliedBy(long multiplicand) {
    if (multiplicand == 0) return ZERO;
    if (multiplicand == 1) return this;
    java.math.BigInteger totalNanos = java.math.BigInteger.valueOf(seconds).multiply(java.math.BigInteger.valueOf(1000000000L))
        .add(java.math.BigInteger.valueOf(nanos)).multiply(java.math.BigInteger.valueOf(multiplicand));
    java.math.BigInteger[] parts = totalNanos.divideAndRemainder(java.math.BigInteger.valueOf(1000000000L));
    long secs = parts[0].longValueExact();
    long nos = parts[1].longValue();
    return ofSeconds(secs, nos);
  }

  public Duration negated() {
    return multipliedBy(-1);
  }

  public Duration abs() {
    return isNegative() ? negated() : this;
  }

  public long toDays() {
    return seconds / 86400;
  }

  public long toHours() {
    return seconds / 3600;
  }

  public long toMinutes() {
    return seconds / 60;
  }

  public long toSeconds() {
    return seconds;
  }

  public long toMillis() {
    long tempSeconds = seconds;
    long tempNanos = nanos;
    if (tempSeconds < 0) {
      tempSeconds = tempSeconds + 1;
      tempNanos = tempNanos - 1000000000L;
    }
    long millis = Math.multiplyExact(tempSeconds, 1000L);
    return Math.addExact(millis, tempNanos / 1000000);
  }

  public long toNanos() {
    long tempSeconds = seconds;
    long tempNanos = nanos;
    if (tempSeconds < 0) {
      tempSeconds = tempSeconds + 1;
      tempNanos = tempNanos - 1000000000L;
    }
    return Math.addExact(Math.multiplyExact(tempSeconds, 1000000000L), tempNanos);
  }

  public long toDaysPart() {
    return seconds / 86400;
  }

  public int toHoursPart() {
    return (int) (toHours() % 24);
  }

  public int toMinutesPart() {
    return (int) (toMinutes() % 60);
  }

  public int toSecondsPart() {
    return (int) (seconds % 60);
  }

  public int toMillisPart() {
    return nanos / 1000000;
  }

  public int compareTo(Duration other) {
    int compared = Long.compare(seconds, other.seconds);
    if (compared != 0) return compared;
    return nanos - other.nanos;
  }

  public boolean equals(Object other) {
    if (this == other) return true;
    if (!(other instanceof Duration)) return false;
    Duration duration = (Duration) other;
    return seconds == duration.seconds && nanos == duration.nanos;
  }

  public int hashCode() {
    return ((int) (seconds ^ (seconds >>> 32))) + (51 * nanos);
  }

  public String toString() {
    if (this == ZERO) return "PT0S";
    long totalSeconds = seconds;
    if (seconds < 0 && nanos > 0) totalSeconds++;
    long hours = totalSeconds / 3600;
    int minutes = (int) ((totalSeconds % 3600) / 60);
    int secs = (int) (totalSeconds % 60);
    StringBuilder text = new StringBuilder(24);
    text.append("PT");
    if (hours != 0) text.append(hours).append('H');
    if (minutes != 0) text.append(minutes).append('M');
    if (secs == 0 && nanos == 0 && text.length() > 2) return text.toString();
    if (seconds < 0 && nanos > 0) {
      if (secs == 0) {
        text.append("-0");
      } else {
        text.append(secs);
      }
    } else {
      text.append(secs);
    }
    if (nanos > 0) {
      int position = text.length();
      if (seconds < 0) {
        text.append(2 * 1000000000L - nanos);
      } else {
        text.append(nanos + 1000000000L);
      }
      while (text.charAt(text.length() - 1) == '0') text.setLength(text.length() - 1);
      text.setCharAt(position, '.');
    }
    text.append('S');
    return text.toString();
  }
}

public final class LocalTime implements java.time.temporal.Temporal, Comparable<LocalTime> {
  public static final LocalTime MIN = new LocalTime(0, 0, 0, 0);
  public static final LocalTime MAX = new LocalTime(23, 59, 59, 999999999);
  public static final LocalTime MIDNIGHT = MIN;
  public static final LocalTime NOON = new LocalTime(12, 0, 0, 0);
  static final long NANOS_PER_SECOND = 1000000000L;
  static final long NANOS_PER_DAY = 86400L * NANOS_PER_SECOND;

  private final byte hour;
  private final byte minute;
  private final byte second;
  private final int nano;

  private LocalTime(int hour, int minute, int second, int nano) {
    this.hour = (byte) hour;
    this.minute = (byte) minute;
    this.second = (byte) second;
    this.nano = nano;
  }

  public static LocalTime of(int hour, int minute) {
    return of(hour, minute, 0, 0);
  }

  public static LocalTime of(int hour, int minute, int second) {
    return of(hour, minute, second, 0);
  }

  public static LocalTime of(int hour, int minute, int second, int nanoOfSecond) {
    LocalDate.checkField("HourOfDay", hour, 0, 23, "0 - 23");
    LocalDate.checkField("MinuteOfHour", minute, 0, 59, "0 - 59");
    LocalDate.checkField("SecondOfMinute", second, 0, 59, "0 - 59");
    LocalDate.checkField("NanoOfSecond", nanoOfSecond, 0, 999999999, "0 - 999999999");
    return new LocalTime(hour, minute, second, nanoOfSecond);
  }

  public static LocalTime ofSecondOfDay(long secondOfDay) {
    LocalDate.checkField("SecondOfDay", secondOfDay, 0, 86399, "0 - 86399");
    return new LocalTime((int) (secondOfDay / 3600), (int) (secondOfDay / 60 % 60), (int) (secondOfDay % 60), 0);
  }

  public static LocalTime ofNanoOfDay(long nanoOfDay) {
    LocalDate.checkField("NanoOfDay", nanoOfDay, 0, NANOS_PER_DAY - 1, "0 - 86399999999999");
    long seconds = nanoOfDay / NANOS_PER_SECOND;
    return new LocalTime((int) (seconds / 3600), (int) (seconds / 60 % 60), (int) (seconds % 60), (int) (nanoOfDay % NANOS_PER_SECOND));
  }

  // [second pass]
  public static LocalTime parse(CharSequence text, java.time.format.DateTimeFormatter formatter) {
    return formatter.parseFields(text).toLocalTime();
  }

  public static LocalTime parse(CharSequence text) {
    String s = text.toString();
    int length = s.length();
    boolean ok = (length == 5 || length >= 8) && s.charAt(2) == ':' && (length == 5 || s.charAt(5) == ':');
    if (ok && length > 8) ok = s.charAt(8) == '.' && length > 9 && length <= 18;
    if (ok) {
      for (int i = 0; i < length; i++) {
        char c = s.charAt(i);
        if (i != 2 && i != 5 && i != 8 && (c < '0' || c > '9')) ok = false;
      }
    }
    if (!ok) throw new java.time.format.DateTimeParseException("Text '" + s + "' could not be parsed at index 0", s, 0);
    int hour = Integer.parseInt(s.substring(0, 2));
    int minute = Integer.parseInt(s.substring(3, 5));
    int second = length >= 8 ? Integer.parseInt(s.substring(6, 8)) : 0;
    int nano = 0;
    if (length > 9) {
      String fraction = s.substring(9);
      nano = Integer.parseInt(fraction);
      for (int i = fraction.length(); i < 9; i++) nano *= 10;
    }
    try {
      return of(hour, minute, second, nano);
    } catch (java.time.DateTimeException e) {
      throw new java.time.format.DateTimeParseException("Text '" + s + "' could not be parsed: " + e.getMessage(), s, 0);
    }
  }

  public int getHour() {
    return hour;
  }

  public int getMinute() {
    return minute;
  }

  public int getSecond() {
    return second;
  }

  public int getNano() {
    return nano;
  }

  public int toSecondOfDay() {
    return hour * 3600 + minute * 60 + second;
  }

  public long toNanoOfDay() {
    return toSecondOfDay() * NANOS_PER_SECOND + nano;
  }

  public LocalTime withHour(int hour) {
    return of(hour, minute, second, nano);
  }

  public LocalTime withMinute(int minute) {
    return of(hour, minute, second, nano);
  }

  public LocalTime withSecond(int second) {
    return of(hour, minute, second, nano);
  }

  public LocalTime withNano(int nanoOfSecond) {
    return of(hour, minute, second, nanoOfSecond);
  }

  public LocalTime plusHours(long hours) {
    return plusNanos(Math.floorMod(hours, 24L) * 3600L * NANOS_PER_SECOND);
  }

  public LocalTime plusMinutes(long minutes) {
    return plusNanos(Math.floorMod(minutes, 1440L) * 60L * NANOS_PER_SECOND);
  }

  public LocalTime plusSeconds(long seconds) {
    return plusNanos(Math.floorMod(seconds, 86400L) * NANOS_PER_SECOND);
  }

  public LocalTime plusNanos(long nanos) {
    if (nanos == 0) return this;
    long current = toNanoOfDay();
    long next = Math.floorMod(Math.floorMod(nanos, NANOS_PER_DAY) + current, NANOS_PER_DAY);
    return current == next ? this : ofNanoOfDay(next);
  }

  public LocalTime minusHours(long hours) {
    return plusHours(-Math.floorMod(hours, 24L));
  }

  public LocalTime minusMinutes(long minutes) {
    return plusMinutes(-Math.floorMod(minutes, 1440L));
  }

  public LocalTime minusSeconds(long seconds) {
    return plusSeconds(-Math.floorMod(seconds, 86400L));
  }

  public LocalTime minusNanos(long nanos) {
    return plusNanos(-Math.floorMod(nanos, NANOS_PER_DAY));
  }

  public LocalTime plus(long amountToAdd, java.time.temporal.TemporalUnit unit) {
    if (unit == java.time.temporal.ChronoUnit.NANOS) return plusNanos(amountToAdd);
    if (unit == java.time.temporal.ChronoUnit.MICROS) return plusNanos(Math.floorMod(amountToAdd, 86400000000L) * 1000);
    if (unit == java.time.temporal.ChronoUnit.MILLIS) return plusNanos(Math.floorMod(amountToAdd, 86400000L) * 1000000);
    if (unit == java.time.temporal.ChronoUnit.SECONDS) return plusSeconds(amountToAdd);
    if (unit == java.time.temporal.ChronoUnit.MINUTES) return plusMinutes(amountToAdd);
    if (unit == java.time.temporal.ChronoUnit.HOURS) return plusHours(amountToAdd);
    if (unit == java.time.temporal.ChronoUnit.HALF_DAYS) return plusHours(Math.floorMod(amountToAdd, 2L) * 12);
    throw new java.time.temporal.UnsupportedTemporalTypeException("Unsupported unit: " + unit);
  }

  public LocalTime plus(Duration duration) {
    return plusSeconds(duration.getSeconds()).plusNanos(duration.getNano());
  }

  public LocalTime minus(Duration duration) {
    return plusSeconds(-Math.floorMod(duration.getSeconds(), 86400L)).minusNanos(duration.getNano());
  }

  public long until(java.time.temporal.Temporal endExclusive, java.time.temporal.TemporalUnit unit) {
    long nanos = ((LocalTime) endExclusive).toNanoOfDay() - toNanoOfDay();
    return LocalDateTime.nanosIn(nanos, unit);
  }

  public LocalDateTime atDate(LocalDate date) {
    return LocalDateTime.of(date, this);
  }

  public int compareTo(LocalTime other) {
    return Long.compare(toNanoOfDay(), other.toNanoOfDay());
  }

  public boolean isBefore(LocalTime other) {
    return compareTo(other) < 0;
  }

  public boolean isAfter(LocalTime other) {
    return compareTo(other) > 0;
  }

  public boolean equals(Object other) {
    if (this == other) return true;
    if (!(other instanceof LocalTime)) return false;
    return toNanoOfDay() == ((LocalTime) other).toNanoOfDay();
  }

  public int hashCode() {
    long nanoOfDay = toNanoOfDay();
    return (int) (nanoOfDay ^ (nanoOfDay >>> 32));
  }

  // [second pass]
  public String format(java.time.format.DateTimeFormatter formatter) {
    return formatter.format(this);
  }

  public String toString() {
    StringBuilder text = new StringBuilder(18);
    text.append(hour < 10 ? "0" : "").append((int) hour).append(minute < 10 ? ":0" : ":").append((int) minute);
    if (second > 0 || nano > 0) {
      text.append(second < 10 ? ":0" : ":").append((int) second);
      if (nano > 0) {
        // Milliseconds, microseconds or nanoseconds: the shortest of the three that holds the fraction.
        text.append('.');
        if (nano % 1000000 == 0) {
          text.append(Integer.toString((nano / 1000000) + 1000).substring(1));
        } else if (nano % 1000 == 0) {
          text.append(Integer.toString((nano / 1000) + 1000000).substring(1));
        } else {
          text.append(Integer.toString(nano + 1000000000).substring(1));
        }
      }
    }
    return text.toString();
  }
}

public final class LocalDateTime implements java.time.chrono.ChronoLocalDateTime<LocalDate> {
  private final LocalDate date;
  private final LocalTime time;

  private LocalDateTime(LocalDate date, LocalTime time) {
    this.date = date;
    this.time = time;
  }

  public static LocalDateTime of(LocalDate date, LocalTime time) {
    if (date == null) throw new NullPointerException("date");
    if (time == null) throw new NullPointerException("time");
    return new LocalDateTime(date, time);
  }

  public static LocalDateTime of(int year, int month, int dayOfMonth, int hour, int minute) {
    return new LocalDateTime(LocalDate.of(year, month, dayOfMonth), LocalTime.of(hour, minute));
  }

  public static LocalDateTime of(int year, int month, int dayOfMonth, int hour, int minute, int second) {
    return new LocalDateTime(LocalDate.of(year, month, dayOfMonth), LocalTime.of(hour, minute, second));
  }

  public static LocalDateTime of(int year, int month, int dayOfMonth, int hour, int minute, int second, int nanoOfSecond) {
    return new LocalDateTime(LocalDate.of(year, month, dayOfMonth), LocalTime.of(hour, minute, second, nanoOfSecond));
  }

  public static LocalDateTime of(int year, Month month, int dayOfMonth, int hour, int minute) {
    return new LocalDateTime(LocalDate.of(year, month, dayOfMonth), LocalTime.of(hour, minute));
  }

  // [second pass]
  public static LocalDateTime parse(CharSequence text, java.time.format.DateTimeFormatter formatter) {
    return formatter.parseFields(text);
  }

  public static LocalDateTime parse(CharSequence text) {
    String s = text.toString();
    int separator = s.indexOf('T');
    if (separator < 0) throw new java.time.format.DateTimeParseException("Text '" + s + "' could not be parsed at index 0", s, 0);
    try {
      return of(LocalDate.parse(s.substring(0, separator)), LocalTime.parse(s.substring(separator + 1)));
    } catch (java.time.format.DateTimeParseException e) {
      throw new java.time.format.DateTimeParseException("Text '" + s + "' could not be parsed at index 0", s, 0);
    }
  }

  // A count of nanoseconds in whole units of a time-based unit (the other units need dates).
  static long nanosIn(long nanos, java.time.temporal.TemporalUnit unit) {
    if (unit == java.time.temporal.ChronoUnit.NANOS) return nanos;
    if (unit == java.time.temporal.ChronoUnit.MICROS) return nanos / 1000;
    if (unit == java.time.temporal.ChronoUnit.MILLIS) return nanos / 1000000;
    if (unit == java.time.temporal.ChronoUnit.SECONDS) return nanos / LocalTime.NANOS_PER_SECOND;
    if (unit == java.time.temporal.ChronoUnit.MINUTES) return nanos / (60 * LocalTime.NANOS_PER_SECOND);
    if (unit == java.time.temporal.ChronoUnit.HOURS) return nanos / (3600 * LocalTime.NANOS_PER_SECOND);
    if (unit == java.time.temporal.ChronoUnit.HALF_DAYS) return nanos / (43200 * LocalTime.NANOS_PER_SECOND);
    throw new java.time.temporal.UnsupportedTemporalTypeException("Unsupported unit: " + unit);
  }

  public LocalDate toLocalDate() {
    return date;
  }

  public LocalTime toLocalTime() {
    return time;
  }

  public int getYear() {
    return date.getYear();
  }

  public int getMonthValue() {
    return date.getMonthValue();
  }

  public Month getMonth() {
    return date.getMonth();
  }

  public int getDayOfMonth() {
    return date.getDayOfMonth();
  }

  public int getDayOfYear() {
    return date.getDayOfYear();
  }

  public DayOfWeek getDayOfWeek() {
    return date.getDayOfWeek();
  }

  public int getHour() {
    return time.getHour();
  }

  public int getMinute() {
    return time.getMinute();
  }

  public int getSecond() {
    return time.getSecond();
  }

  public int getNano() {
    return time.getNano();
  }

  private LocalDateTime with(LocalDate newDate, LocalTime newTime) {
    if (date == newDate && time == newTime) return this;
    return new LocalDateTime(newDate, newTime);
  }

  public LocalDateTime withHour(int hour) {
    return with(date, time.withHour(hour));
  }

  public LocalDateTime withMinute(int minute) {
    return with(date, time.withMinute(minute));
  }

  public LocalDateTime withSecond(int second) {
    return with(date, time.withSecond(second));
  }

  public LocalDateTime withDayOfMonth(int dayOfMonth) {
    return with(date.withDayOfMonth(dayOfMonth), time);
  }

  public LocalDateTime withMonth(int month) {
    return with(date.withMonth(month), time);
  }

  public LocalDateTime withYear(int year) {
    return with(date.withYear(year), time);
  }

  public LocalDateTime plusYears(long years) {
    return with(date.plusYears(years), time);
  }

  public LocalDateTime plusMonths(long months) {
    return with(date.plusMonths(months), time);
  }

  public LocalDateTime plusWeeks(long weeks) {
    return with(date.plusWeeks(weeks), time);
  }

  public LocalDateTime plusDays(long days) {
    return with(date.plusDays(days), time);
  }

  public LocalDateTime plusHours(long hours) {
    return plusNanosWithCarry(Math.multiplyExact(hours, 3600L), 0);
  }

  public LocalDateTime plusMinutes(long minutes) {
    return plusNanosWithCarry(Math.multiplyExact(minutes, 60L), 0);
  }

  public LocalDateTime plusSeconds(long seconds) {
    return plusNanosWithCarry(seconds, 0);
  }

  public LocalDateTime plusNanos(long nanos) {
    return plusNanosWithCarry(0, nanos);
  }

  public LocalDateTime minusYears(long years) {
    return plusYears(-years);
  }

  public LocalDateTime minusMonths(long months) {
    return plusMonths(-months);
  }

  public LocalDateTime minusWeeks(long weeks) {
    return plusWeeks(-weeks);
  }

  public LocalDateTime minusDays(long days) {
    return plusDays(-days);
  }

  public LocalDateTime minusHours(long hours) {
    return plusHours(-hours);
  }

  public LocalDateTime minusMinutes(long minutes) {
    return plusMinutes(-minutes);
  }

  public LocalDateTime minusSeconds(long seconds) {
    return plusSeconds(-seconds);
  }

  // Seconds and nanoseconds added to the time, whole days carried into the date.
  private LocalDateTime plusNanosWithCarry(long seconds, long nanos) {
    if ((seconds | nanos) == 0) return this;
    long days = Math.floorDiv(seconds, 86400L) + Math.floorDiv(nanos, LocalTime.NANOS_PER_DAY);
    long nanoOfDay = Math.floorMod(seconds, 86400L) * LocalTime.NANOS_PER_SECOND + Math.floorMod(nanos, LocalTime.NANOS_PER_DAY);
    long total = time.toNanoOfDay() + nanoOfDay;
    days += Math.floorDiv(total, LocalTime.NANOS_PER_DAY);
    LocalTime newTime = LocalTime.ofNanoOfDay(Math.floorMod(total, LocalTime.NANOS_PER_DAY));
    return with(date.plusDays(days), newTime);
  }

  public LocalDateTime plus(long amountToAdd, java.time.temporal.TemporalUnit unit) {
    if (unit.isDateBased()) return with(date.plus(amountToAdd, unit), time);
    if (unit == java.time.temporal.ChronoUnit.NANOS) return plusNanos(amountToAdd);
    if (unit == java.time.temporal.ChronoUnit.MICROS) return plusNanosWithCarry(amountToAdd / 1000000, (amountToAdd % 1000000) * 1000);
    if (unit == java.time.temporal.ChronoUnit.MILLIS) return plusNanosWithCarry(amountToAdd / 1000, (amountToAdd % 1000) * 1000000);
    if (unit == java.time.temporal.ChronoUnit.SECONDS) return plusSeconds(amountToAdd);
    if (unit == java.time.temporal.ChronoUnit.MINUTES) return plusMinutes(amountToAdd);
    if (unit == java.time.temporal.ChronoUnit.HOURS) return plusHours(amountToAdd);
    if (unit == java.time.temporal.ChronoUnit.HALF_DAYS) return plusNanosWithCarry(Math.multiplyExact(amountToAdd, 43200L), 0);
    throw new java.time.temporal.UnsupportedTemporalTypeException("Unsupported unit: " + unit);
  }

  public LocalDateTime plus(Duration duration) {
    return plusNanosWithCarry(duration.getSeconds(), duration.getNano());
  }

  public LocalDateTime minus(Duration duration) {
    return plusNanosWithCarry(-duration.getSeconds(), -duration.getNano());
  }

  public long until(java.time.temporal.Temporal endExclusive, java.time.temporal.TemporalUnit unit) {
    LocalDateTime end = (LocalDateTime) endExclusive;
    if (unit.isDateBased()) {
      LocalDate endDate = end.date;
      if (endDate.isAfter(date) && end.time.isBefore(time)) {
        endDate = endDate.minusDays(1);
      } else if (endDate.isBefore(date) && end.time.isAfter(time)) {
        endDate = endDate.plusDays(1);
      }
      return date.until(endDate, unit);
    }
    long days = end.date.toEpochDay() - date.toEpochDay();
    long nanos = end.time.toNanoOfDay() - time.toNanoOfDay();
    if (days > 0 && nanos < 0) {
      days--;
      nanos += LocalTime.NANOS_PER_DAY;
    } else if (days < 0 && nanos > 0) {
      days++;
      nanos -= LocalTime.NANOS_PER_DAY;
    }
    if (unit == java.time.temporal.ChronoUnit.NANOS) return Math.addExact(Math.multiplyExact(days, LocalTime.NANOS_PER_DAY), nanos);
    long perDay = nanosIn(LocalTime.NANOS_PER_DAY, unit);
    return Math.addExact(Math.multiplyExact(days, perDay), nanosIn(nanos, unit));
  }

  public int compareTo(java.time.chrono.ChronoLocalDateTime<?> other) {
    LocalDateTime dateTime = (LocalDateTime) other;
    int compared = date.compareTo(dateTime.date);
    return compared != 0 ? compared : time.compareTo(dateTime.time);
  }

  public boolean isBefore(java.time.chrono.ChronoLocalDateTime<?> other) {
    return compareTo(other) < 0;
  }

  public boolean isAfter(java.time.chrono.ChronoLocalDateTime<?> other) {
    return compareTo(other) > 0;
  }

  public boolean isEqual(java.time.chrono.ChronoLocalDateTime<?> other) {
    return compareTo(other) == 0;
  }

  public boolean equals(Object other) {
    if (this == other) return true;
    if (!(other instanceof LocalDateTime)) return false;
    LocalDateTime dateTime = (LocalDateTime) other;
    return date.equals(dateTime.date) && time.equals(dateTime.time);
  }

  public int hashCode() {
    return date.hashCode() ^ time.hashCode();
  }

  // [second pass]
  public String format(java.time.format.DateTimeFormatter formatter) {
    return formatter.format(this);
  }

  public String toString() {
    return date.toString() + 'T' + time.toString();
  }
}

// java.time.Year: a year of the proleptic calendar, with the JDK's range, leap rule and printing.
public final class Year implements java.time.temporal.Temporal, Comparable<Year> {
  public static final int MIN_VALUE = -999999999;
  public static final int MAX_VALUE = 999999999;

  private final int year;

  private Year(int year) {
    this.year = year;
  }

  public static Year of(int isoYear) {
    LocalDate.checkField("Year", isoYear, MIN_VALUE, MAX_VALUE, "-999999999 - 999999999");
    return new Year(isoYear);
  }

  public static Year from(java.time.temporal.TemporalAccessor temporal) {
    if (temporal instanceof LocalDate) return of(((LocalDate) temporal).getYear());
    if (temporal instanceof LocalDateTime) return of(((LocalDateTime) temporal).getYear());
    if (temporal instanceof YearMonth) return of(((YearMonth) temporal).getYear());
    if (temporal instanceof Year) return (Year) temporal;
    throw new java.time.DateTimeException("Unable to obtain Year from TemporalAccessor: " + temporal + " of type " + temporal.getClass().getName());
  }

  public static Year parse(CharSequence text) {
    String source = text.toString();
    int end = Year.yearDigitsEnd(source, 1);
    if (end < source.length()) throw Year.unparsed(source, end);
    return of(Integer.parseInt(source));
  }

  // Where the year that a text starts with ends: an optional sign and `minimum` to 10 digits, as the JDK's
  // parsers read it (Year's from 1 digit, YearMonth's from 4); the JDK's DateTimeParseException if they are not there.
  static int yearDigitsEnd(String source, int minimum) {
    int start = source.startsWith("+") || source.startsWith("-") ? 1 : 0;
    int end = start;
    while (end < source.length() && end - start < 10 && source.charAt(end) >= '0' && source.charAt(end) <= '9') end++;
    if (end - start < minimum) throw new java.time.format.DateTimeParseException("Text '" + source + "' could not be parsed at index 0", source, 0);
    return end;
  }

  static java.time.format.DateTimeParseException unparsed(String source, int at) {
    return new java.time.format.DateTimeParseException("Text '" + source + "' could not be parsed, unparsed text found at index " + at, source, at);
  }

  public static boolean isLeap(long year) {
    return LocalDate.isLeap(year);
  }

  public int getValue() {
    return year;
  }

  public boolean isLeap() {
    return LocalDate.isLeap(year);
  }

  public int length() {
    return isLeap() ? 366 : 365;
  }

  public LocalDate atDay(int dayOfYear) {
    return LocalDate.ofYearDay(year, dayOfYear);
  }

  public YearMonth atMonth(int month) {
    return YearMonth.of(year, month);
  }

  public YearMonth atMonth(Month month) {
    return YearMonth.of(year, month);
  }

  public Year plusYears(long years) {
    if (years == 0) return this;
    long result = year + years;
    LocalDate.checkField("Year", result, MIN_VALUE, MAX_VALUE, "-999999999 - 999999999");
    return new Year((int) result);
  }

  public Year minusYears(long years) {
    return years == Long.MIN_VALUE ? plusYears(Long.MAX_VALUE).plusYears(1) : plusYears(-years);
  }

  public Year plus(long amountToAdd, java.time.temporal.TemporalUnit unit) {
    long years = yearsIn(unit);
    if (years == 0) throw new java.time.temporal.UnsupportedTemporalTypeException("Unsupported unit: " + unit);
    return plusYears(Math.multiplyExact(amountToAdd, years));
  }

  public Year minus(long amountToSubtract, java.time.temporal.TemporalUnit unit) {
    return amountToSubtract == Long.MIN_VALUE ? plus(Long.MAX_VALUE, unit).plus(1, unit) : plus(-amountToSubtract, unit);
  }

  public long until(java.time.temporal.Temporal endExclusive, java.time.temporal.TemporalUnit unit) {
    Year end = Year.from(endExclusive);
    long years = yearsIn(unit);
    if (years == 0) throw new java.time.temporal.UnsupportedTemporalTypeException("Unsupported unit: " + unit);
    return ((long) end.year - year) / years;
  }

  // How many years a unit of years or more is; 0 for the others.
  static long yearsIn(java.time.temporal.TemporalUnit unit) {
    if (unit == java.time.temporal.ChronoUnit.YEARS) return 1;
    if (unit == java.time.temporal.ChronoUnit.DECADES) return 10;
    if (unit == java.time.temporal.ChronoUnit.CENTURIES) return 100;
    if (unit == java.time.temporal.ChronoUnit.MILLENNIA) return 1000;
    return 0;
  }

  public boolean isAfter(Year other) {
    return year > other.year;
  }

  public boolean isBefore(Year other) {
    return year < other.year;
  }

  public int compareTo(Year other) {
    return year - other.year;
  }

  public boolean equals(Object other) {
    return other instanceof Year && ((Year) other).year == year;
  }

  public int hashCode() {
    return year;
  }

  public String toString() {
    return Integer.toString(year);
  }
}

// java.time.YearMonth: a month of a year, printed as the JDK's (2024-02, -0001-12, 10000-01).
public final class YearMonth implements java.time.temporal.Temporal, Comparable<YearMonth> {
  private final int year;
  private final int month;

  private YearMonth(int year, int month) {
    this.year = year;
    this.month = month;
  }

  public static YearMonth of(int year, int month) {
    LocalDate.checkField("Year", year, Year.MIN_VALUE, Year.MAX_VALUE, "-999999999 - 999999999");
    LocalDate.checkField("MonthOfYear", month, 1, 12, "1 - 12");
    return new YearMonth(year, month);
  }

  public static YearMonth of(int year, Month month) {
    return of(year, month.getValue());
  }

  public static YearMonth from(java.time.temporal.TemporalAccessor temporal) {
    if (temporal instanceof LocalDate) return of(((LocalDate) temporal).getYear(), ((LocalDate) temporal).getMonthValue());
    if (temporal instanceof LocalDateTime) return of(((LocalDateTime) temporal).getYear(), ((LocalDateTime) temporal).getMonthValue());
    if (temporal instanceof YearMonth) return (YearMonth) temporal;
    throw new java.time.DateTimeException("Unable to obtain YearMonth from TemporalAccessor: " + temporal + " of type " + temporal.getClass().getName());
  }

  public static YearMonth parse(CharSequence text) {
    String source = text.toString();
    int dash = Year.yearDigitsEnd(source, 4);
    if (dash >= source.length() || source.charAt(dash) != '-') {
      throw new java.time.format.DateTimeParseException("Text '" + source + "' could not be parsed at index " + dash, source, dash);
    }
    for (int i = dash + 1; i < dash + 3; i++) {
      if (i >= source.length() || source.charAt(i) < '0' || source.charAt(i) > '9') {
        throw new java.time.format.DateTimeParseException("Text '" + source + "' could not be parsed at index " + (dash + 1), source, dash + 1);
      }
    }
    if (dash + 3 < source.length()) throw Year.unparsed(source, dash + 3);
    return of(Integer.parseInt(source.substring(0, dash)), Integer.parseInt(source.substring(dash + 1, dash + 3)));
  }

  public int getYear() {
    return year;
  }

  public int getMonthValue() {
    return month;
  }

  public Month getMonth() {
    return Month.of(month);
  }

  public boolean isLeapYear() {
    return LocalDate.isLeap(year);
  }

  public int lengthOfMonth() {
    return getMonth().length(isLeapYear());
  }

  public int lengthOfYear() {
    return isLeapYear() ? 366 : 365;
  }

  public boolean isValidDay(int dayOfMonth) {
    return dayOfMonth >= 1 && dayOfMonth <= lengthOfMonth();
  }

  public LocalDate atDay(int dayOfMonth) {
    return LocalDate.of(year, month, dayOfMonth);
  }

  public LocalDate atEndOfMonth() {
    return LocalDate.of(year, month, lengthOfMonth());
  }

  public YearMonth withYear(int newYear) {
    return of(newYear, month);
  }

  public YearMonth withMonth(int newMonth) {
    return of(year, newMonth);
  }

  public YearMonth plusYears(long years) {
    if (years == 0) return this;
    long result = year + years;
    LocalDate.checkField("Year", result, Year.MIN_VALUE, Year.MAX_VALUE, "-999999999 - 999999999");
    return new YearMonth((int) result, month);
  }

  public YearMonth plusMonths(long months) {
    if (months == 0) return this;
    long total = year * 12L + (month - 1) + months;
    long newYear = Math.floorDiv(total, 12);
    LocalDate.checkField("Year", newYear, Year.MIN_VALUE, Year.MAX_VALUE, "-999999999 - 999999999");
    return new YearMonth((int) newYear, (int) Math.floorMod(total, 12) + 1);
  }

  public YearMonth minusYears(long years) {
    return years == Long.MIN_VALUE ? plusYears(Long.MAX_VALUE).plusYears(1) : plusYears(-years);
  }

  public YearMonth minusMonths(long months) {
    return months == Long.MIN_VALUE ? plusMonths(Long.MAX_VALUE).plusMonths(1) : plusMonths(-months);
  }

  public YearMonth plus(long amountToAdd, java.time.temporal.TemporalUnit unit) {
    if (unit == java.time.temporal.ChronoUnit.MONTHS) return plusMonths(amountToAdd);
    long years = Year.yearsIn(unit);
    if (years == 0) throw new java.time.temporal.UnsupportedTemporalTypeException("Unsupported unit: " + unit);
    return plusYears(Math.multiplyExact(amountToAdd, years));
  }

  public YearMonth minus(long amountToSubtract, java.time.temporal.TemporalUnit unit) {
    return amountToSubtract == Long.MIN_VALUE ? plus(Long.MAX_VALUE, unit).plus(1, unit) : plus(-amountToSubtract, unit);
  }

  public long until(java.time.temporal.Temporal endExclusive, java.time.temporal.TemporalUnit unit) {
    YearMonth end = YearMonth.from(endExclusive);
    long months = (end.year * 12L + end.month) - (year * 12L + month);
    if (unit == java.time.temporal.ChronoUnit.MONTHS) return months;
    long years = Year.yearsIn(unit);
    if (years == 0) throw new java.time.temporal.UnsupportedTemporalTypeException("Unsupported unit: " + unit);
    return months / (12 * years);
  }

  public boolean isAfter(YearMonth other) {
    return compareTo(other) > 0;
  }

  public boolean isBefore(YearMonth other) {
    return compareTo(other) < 0;
  }

  public int compareTo(YearMonth other) {
    int byYear = year - other.year;
    return byYear != 0 ? byYear : month - other.month;
  }

  public boolean equals(Object other) {
    if (!(other instanceof YearMonth)) return false;
    YearMonth that = (YearMonth) other;
    return year == that.year && month == that.month;
  }

  public int hashCode() {
    return year ^ (month << 27);
  }

  public String toString() {
    StringBuilder text = LocalDate.appendYear(new StringBuilder(9), year, false);
    return text.append(month < 10 ? "-0" : "-").append(month).toString();
  }
}
