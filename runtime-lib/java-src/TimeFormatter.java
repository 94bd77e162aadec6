// Kiln's runtime library: java.time.format.DateTimeFormatter, the ISO formats and ofPattern's letters
// (G y u M L d D E a H h k K m s S n, quoted text), in English; translate.sh turns it into IR.
package java.time.format;

public final class DateTimeFormatter {
  public static final DateTimeFormatter ISO_LOCAL_DATE = new DateTimeFormatter("uuuu-MM-dd", 1);
  public static final DateTimeFormatter ISO_DATE = new DateTimeFormatter("uuuu-MM-dd", 1);
  public static final DateTimeFormatter ISO_LOCAL_TIME = new DateTimeFormatter("HH:mm:ss", 2);
  public static final DateTimeFormatter ISO_TIME = new DateTimeFormatter("HH:mm:ss", 2);
  public static final DateTimeFormatter ISO_LOCAL_DATE_TIME = new DateTimeFormatter("uuuu-MM-dd'T'HH:mm:ss", 3);
  public static final DateTimeFormatter ISO_DATE_TIME = new DateTimeFormatter("uuuu-MM-dd'T'HH:mm:ss", 3);
  public static final DateTimeFormatter BASIC_ISO_DATE = new DateTimeFormatter("uuuuMMdd", 0);

  private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July", "August",
    "September", "October", "November", "December"};
  private static final String[] DAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};

  private final String pattern;
  // 0: the pattern; 1, 2, 3: ISO date, time, date-time (printed as the classes' toString does).
  private final int iso;

  private DateTimeFormatter(String pattern, int iso) {
    this.pattern = pattern;
    this.iso = iso;
  }

  public static DateTimeFormatter ofPattern(String pattern) {
    check(pattern);
    return new DateTimeFormatter(pattern, 0);
  }

  public static DateTimeFormatter ofPattern(String pattern, java.util.Locale locale) {
    return ofPattern(pattern);
  }

  public DateTimeFormatter withLocale(java.util.Locale locale) {
    return this;
  }

  // The letters the JDK knows but this formatter does not print are refused as the JDK refuses unknown ones.
  private static void check(String pattern) {
    int i = 0;
    while (i < pattern.length()) {
      char c = pattern.charAt(i);
      if (c == '\'') {
        int end = pattern.indexOf('\'', i + 1);
        while (end >= 0 && end + 1 < pattern.length() && pattern.charAt(end + 1) == '\'') end = pattern.indexOf('\'', end + 2);
        if (end < 0) throw new IllegalArgumentException("Pattern ends with an incomplete string literal: " + pattern);
        i = end + 1;
        continue;
      }
      int count = 1;
      while (i + count < pattern.length() && pattern.charAt(i + count) == c) count++;
      if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
        if ("GyuMLdDEaHhkKmsSn".indexOf(c) < 0) throw new IllegalArgumentException("Unknown pattern letter: " + c);
        int maximum = c == 'M' || c == 'L' || c == 'E' || c == 'G' ? 5 : c == 'D' ? 3 : c == 'y' || c == 'u' || c == 'S' || c == 'n' ? 19 : c == 'a' ? 1 : 2;
        if (count > maximum) throw new IllegalArgumentException("Too many pattern letters: " + c);
      } else if (c == '[' || c == ']' || c == '{' || c == '}' || c == '#') {
        throw new IllegalArgumentException("Pattern includes reserved character: '" + c + "'");
      }
      i += count;
    }
  }

  public String format(java.time.temporal.TemporalAccessor temporal) {
    java.time.LocalDate date = null;
    java.time.LocalTime time = null;
    if (temporal instanceof java.time.LocalDate) {
      date = (java.time.LocalDate) temporal;
    } else if (temporal instanceof java.time.LocalTime) {
      time = (java.time.LocalTime) temporal;
    } else if (temporal instanceof java.time.LocalDateTime) {
      date = ((java.time.LocalDateTime) temporal).toLocalDate();
      time = ((java.time.LocalDateTime) temporal).toLocalTime();
    }
    if (iso != 0) {
      if ((iso & 1) != 0 && date == null) throw unsupported("Year");
      if ((iso & 2) != 0 && time == null) throw unsupported("HourOfDay");
      if (iso == 1) return date.toString();
      if (iso == 2) return isoTime(time);
      return date.toString() + 'T' + isoTime(time);
    }
    StringBuilder out = new StringBuilder();
    int i = 0;
    while (i < pattern.length()) {
      char c = pattern.charAt(i);
      if (c == '\'') {
        int j = i + 1;
        if (j < pattern.length() && pattern.charAt(j) == '\'') {
          out.append('\'');
          i = j + 1;
          continue;
        }
        while (j < pattern.length()) {
          if (pattern.charAt(j) == '\'') {
            if (j + 1 < pattern.length() && pattern.charAt(j + 1) == '\'') {
              out.append('\'');
              j += 2;
              continue;
            }
            break;
          }
          out.append(pattern.charAt(j));
          j++;
        }
        i = j + 1;
        continue;
      }
      int count = 1;
      while (i + count < pattern.length() && pattern.charAt(i + count) == c) count++;
      i += count;
      if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))) {
        for (int k = 0; k < count; k++) out.append(c);
        continue;
      }
      if ("GyuMLdDE".indexOf(c) >= 0 && date == null) throw unsupported(fieldName(c));
      if ("aHhkKmsSn".indexOf(c) >= 0 && time == null) throw unsupported(fieldName(c));
      if (c == 'G') {
        boolean common = date.getYear() > 0;
        out.append(count == 4 ? (common ? "Anno Domini" : "Before Christ") : count == 5 ? (common ? "A" : "B") : (common ? "AD" : "BC"));
      } else if (c == 'y' || c == 'u') {
        int year = c == 'y' && date.getYear() <= 0 ? 1 - date.getYear() : date.getYear();
        if (count == 2) {
          pad(out, Math.floorMod(year, 100), 2);
        } else if (count < 4) {
          if (year < 0) out.append('-');
          pad(out, Math.abs(year), count);
        } else {
          if (year > 9999) out.append('+');
          if (year < 0) out.append('-');
          pad(out, Math.abs(year), count);
        }
      } else if (c == 'M' || c == 'L') {
        int month = date.getMonthValue();
        if (count <= 2) pad(out, month, count);
        else if (count == 3) out.append(MONTHS[month - 1], 0, 3);
        else if (count == 4) out.append(MONTHS[month - 1]);
        else out.append(MONTHS[month - 1].charAt(0));
      } else if (c == 'd') {
        pad(out, date.getDayOfMonth(), count);
      } else if (c == 'D') {
        pad(out, date.getDayOfYear(), count);
      } else if (c == 'E') {
        String day = DAYS[date.getDayOfWeek().ordinal()];
        if (count <= 3) out.append(day, 0, 3);
        else if (count == 4) out.append(day);
        else out.append(day.charAt(0));
      } else if (c == 'a') {
        out.append(time.getHour() < 12 ? "AM" : "PM");
      } else if (c == 'H') {
        pad(out, time.getHour(), count);
      } else if (c == 'k') {
        pad(out, time.getHour() == 0 ? 24 : time.getHour(), count);
      } else if (c == 'h') {
        int hour = time.getHour() % 12;
        pad(out, hour == 0 ? 12 : hour, count);
      } else if (c == 'K') {
        pad(out, time.getHour() % 12, count);
      } else if (c == 'm') {
        pad(out, time.getMinute(), count);
      } else if (c == 's') {
        pad(out, time.getSecond(), count);
      } else if (c == 'S') {
        String nanos = Integer.toString(time.getNano() + 1000000000).substring(1);
        for (int k = 0; k < count; k++) out.append(k < 9 ? nanos.charAt(k) : '0');
      } else if (c == 'n') {
        pad(out, time.getNano(), count);
      }
    }
    return out.toString();
  }

  // HH:mm:ss, then the fraction's digits without trailing zeros (LocalTime's toString drops zero seconds).
  private static String isoTime(java.time.LocalTime time) {
    StringBuilder out = new StringBuilder();
    pad(out, time.getHour(), 2);
    out.append(':');
    pad(out, time.getMinute(), 2);
    out.append(':');
    pad(out, time.getSecond(), 2);
    if (time.getNano() > 0) {
      String fraction = Integer.toString(time.getNano() + 1000000000).substring(1);
      int end = fraction.length();
      while (fraction.charAt(end - 1) == '0') end--;
      out.append('.').append(fraction, 0, end);
    }
    return out.toString();
  }

  private static void pad(StringBuilder out, int value, int width) {
    String digits = Integer.toString(value);
    for (int k = digits.length(); k < width; k++) out.append('0');
    out.append(digits);
  }

  private static String fieldName(char c) {
    if (c == 'G') return "Era";
    if (c == 'y') return "YearOfEra";
    if (c == 'u') return "Year";
    if (c == 'M' || c == 'L') return "MonthOfYear";
    if (c == 'd') return "DayOfMonth";
    if (c == 'D') return "DayOfYear";
    if (c == 'E') return "DayOfWeek";
    if (c == 'a') return "AmPmOfDay";
    if (c == 'H') return "HourOfDay";
    if (c == 'k') return "ClockHourOfDay";
    if (c == 'h') return "ClockHourOfAmPm";
    if (c == 'K') return "HourOfAmPm";
    if (c == 'm') return "MinuteOfHour";
    if (c == 's') return "SecondOfMinute";
    return "NanoOfSecond";
  }

  private static java.time.temporal.UnsupportedTemporalTypeException unsupported(String field) {
    return new java.time.temporal.UnsupportedTemporalTypeException("Unsupported field: " + field);
  }

  // Reads the fields the pattern names from the text: a date, a time, or both (the missing part is the
  // start of the day, or January 1st of year 0, for the callers that need only one).
  java.time.LocalDateTime parseFields(CharSequence input) {
    String text = input.toString();
    if (iso == 1) return java.time.LocalDate.parse(text).atStartOfDay();
    if (iso == 2) return java.time.LocalTime.parse(text).atDate(java.time.LocalDate.of(0, 1, 1));
    if (iso == 3) return java.time.LocalDateTime.parse(text);
    int year = Integer.MIN_VALUE;
    int month = -1;
    int day = -1;
    int hour = -1;
    int minute = 0;
    int second = 0;
    int nano = 0;
    int amPm = -1;
    int position = 0;
    int i = 0;
    while (i < pattern.length()) {
      char c = pattern.charAt(i);
      if (c == '\'') {
        int j = i + 1;
        StringBuilder literal = new StringBuilder();
        if (j < pattern.length() && pattern.charAt(j) == '\'') {
          literal.append('\'');
          j++;
        } else {
          while (j < pattern.length() && pattern.charAt(j) != '\'') literal.append(pattern.charAt(j++));
          j++;
        }
        if (!text.startsWith(literal.toString(), position)) throw parseError(text, position);
        position += literal.length();
        i = j;
        continue;
      }
      int count = 1;
      while (i + count < pattern.length() && pattern.charAt(i + count) == c) count++;
      i += count;
      if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))) {
        for (int k = 0; k < count; k++) {
          if (position >= text.length() || text.charAt(position) != c) throw parseError(text, position);
          position++;
        }
        continue;
      }
      if ((c == 'M' || c == 'L') && count >= 3) {
        int found = -1;
        for (int m = 0; m < 12 && found < 0; m++) {
          String name = count == 3 ? MONTHS[m].substring(0, 3) : MONTHS[m];
          if (text.regionMatches(true, position, name, 0, name.length())) {
            found = m;
            position += name.length();
          }
        }
        if (found < 0) throw parseError(text, position);
        month = found + 1;
        continue;
      }
      if (c == 'E') {
        int found = -1;
        for (int d = 0; d < 7 && found < 0; d++) {
          String name = count <= 3 ? DAYS[d].substring(0, 3) : DAYS[d];
          if (text.regionMatches(true, position, name, 0, name.length())) {
            found = d;
            position += name.length();
          }
        }
        if (found < 0) throw parseError(text, position);
        continue;
      }
      if (c == 'a') {
        if (text.regionMatches(true, position, "AM", 0, 2)) amPm = 0;
        else if (text.regionMatches(true, position, "PM", 0, 2)) amPm = 1;
        else throw parseError(text, position);
        position += 2;
        continue;
      }
      int start = position;
      boolean nextIsDigit = i < pattern.length() && "yuMLdDHhkKmsSn".indexOf(pattern.charAt(i)) >= 0;
      int widest = count >= 2 || nextIsDigit ? count : (c == 'y' || c == 'u' ? 10 : c == 'D' ? 3 : 2);
      if ((c == 'y' || c == 'u') && count == 4 && !nextIsDigit) widest = 10;
      while (position < text.length() && position - start < widest && Character.isDigit(text.charAt(position))) position++;
      if (position == start || (count >= 2 && position - start < count)) throw parseError(text, start);
      int value = Integer.parseInt(text.substring(start, position));
      if (c == 'y' || c == 'u') year = count == 2 ? 2000 + value : value;
      else if (c == 'M' || c == 'L') month = value;
      else if (c == 'd') day = value;
      else if (c == 'H' || c == 'k') hour = c == 'k' && value == 24 ? 0 : value;
      else if (c == 'h' || c == 'K') hour = value % 12;
      else if (c == 'm') minute = value;
      else if (c == 's') second = value;
      else if (c == 'S') {
        nano = value;
        for (int k = position - start; k < 9; k++) nano *= 10;
      } else if (c == 'n') nano = value;
    }
    if (position != text.length()) {
      throw new java.time.format.DateTimeParseException("Text '" + text + "' could not be parsed, unparsed text found at index " + position, text, position);
    }
    if (amPm == 1 && hour >= 0) hour += 12;
    try {
      // The JDK's smart resolution: a day of 29 to 31 past the month's end is the month's last day.
      if (year != Integer.MIN_VALUE && month >= 1 && month <= 12 && day >= 29 && day <= 31) {
        day = Math.min(day, java.time.Month.of(month).length(java.time.LocalDate.isLeap(year)));
      }
      java.time.LocalDate date = year != Integer.MIN_VALUE && month > 0 && day > 0 ? java.time.LocalDate.of(year, month, day) : null;
      java.time.LocalTime time = hour >= 0 ? java.time.LocalTime.of(hour, minute, second, nano) : null;
      if (date == null && time == null) throw new java.time.DateTimeException("Unable to obtain a date or time");
      return java.time.LocalDateTime.of(date == null ? java.time.LocalDate.of(0, 1, 1) : date, time == null ? java.time.LocalTime.MIDNIGHT : time);
    } catch (java.time.DateTimeException e) {
      throw new java.time.format.DateTimeParseException("Text '" + text + "' could not be parsed: " + e.getMessage(), text, 0);
    }
  }

  private static java.time.format.DateTimeParseException parseError(String text, int index) {
    return new java.time.format.DateTimeParseException("Text '" + text + "' could not be parsed at index " + index, text, index);
  }
}
