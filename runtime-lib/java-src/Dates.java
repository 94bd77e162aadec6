// Kiln's runtime library: java.util.Date (a count of milliseconds since 1970, shown in UTC, the zone the JVM
// Kiln is checked against runs in) and java.util.EventObject, in Java; translate.sh turns them into IR.
// Date reads the proleptic Gregorian calendar, as java.time does: the JDK's Date switches to the Julian
// calendar before October 1582, which this does not.
package java.util;

public class Date implements java.io.Serializable, Cloneable, Comparable<Date> {
  private long time;

  public Date() {
    this(System.currentTimeMillis());
  }

  public Date(long time) {
    this.time = time;
  }

  // The deprecated field constructors: years from 1900, months from 0, fields that overflow carry over.
  public Date(int year, int month, int date) {
    this(year, month, date, 0, 0, 0);
  }

  public Date(int year, int month, int date, int hours, int minutes) {
    this(year, month, date, hours, minutes, 0);
  }

  public Date(int year, int month, int date, int hours, int minutes, int seconds) {
    long totalMonths = (1900L + year) * 12 + month;
    java.time.LocalDate first = java.time.LocalDate.of((int) Math.floorDiv(totalMonths, 12), (int) Math.floorMod(totalMonths, 12) + 1, 1);
    long days = first.toEpochDay() + date - 1;
    time = ((days * 24 + hours) * 60 + minutes) * 60000L + seconds * 1000L;
  }

  public long getTime() {
    return time;
  }

  public void setTime(long time) {
    this.time = time;
  }

  private java.time.LocalDate day() {
    return java.time.LocalDate.ofEpochDay(Math.floorDiv(time, 86400000L));
  }

  private int secondOfDay() {
    return (int) (Math.floorMod(time, 86400000L) / 1000);
  }

  public int getYear() {
    return day().getYear() - 1900;
  }

  public int getMonth() {
    return day().getMonthValue() - 1;
  }

  public int getDate() {
    return day().getDayOfMonth();
  }

  // Sunday is 0, as the JDK's.
  public int getDay() {
    return day().getDayOfWeek().getValue() % 7;
  }

  public int getHours() {
    return secondOfDay() / 3600;
  }

  public int getMinutes() {
    return secondOfDay() / 60 % 60;
  }

  public int getSeconds() {
    return secondOfDay() % 60;
  }

  public int getTimezoneOffset() {
    return 0;
  }

  public boolean before(Date when) {
    return time < when.time;
  }

  public boolean after(Date when) {
    return time > when.time;
  }

  public int compareTo(Date other) {
    return Long.compare(time, other.time);
  }

  public boolean equals(Object other) {
    return other instanceof Date && ((Date) other).time == time;
  }

  public int hashCode() {
    return (int) time ^ (int) (time >> 32);
  }

  public Object clone() {
    return new Date(time);
  }

  // As the JDK prints it: "Thu Jan 01 00:00:00 UTC 1970".
  public String toString() {
    java.time.LocalDate date = day();
    int second = secondOfDay();
    String dayName = date.getDayOfWeek().toString();
    String month = date.getMonth().toString();
    StringBuilder text = new StringBuilder(28);
    text.append(dayName.charAt(0)).append(dayName.substring(1, 3).toLowerCase()).append(' ');
    text.append(month.charAt(0)).append(month.substring(1, 3).toLowerCase()).append(' ');
    appendTwo(text, date.getDayOfMonth()).append(' ');
    appendTwo(text, second / 3600).append(':');
    appendTwo(text, second / 60 % 60).append(':');
    appendTwo(text, second % 60).append(" UTC ");
    return text.append(date.getYear()).toString();
  }

  private static StringBuilder appendTwo(StringBuilder text, int value) {
    return text.append(value < 10 ? "0" : "").append(value);
  }
}

// What an event says about where it came from.
public class EventObject implements java.io.Serializable {
  protected transient Object source;

  public EventObject(Object source) {
    if (source == null) throw new IllegalArgumentException("null source");
    this.source = source;
  }

  public Object getSource() {
    return source;
  }

  public String toString() {
    return getClass().getName() + "[source=" + source + "]";
  }
}
