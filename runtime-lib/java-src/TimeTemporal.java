// Kiln's runtime library: the java.time.temporal interfaces that LocalDate and Duration answer to, and ChronoUnit.
// translate.sh turns it into IR.
package java.time.temporal;

// What a formatter reads fields from.
public interface TemporalAccessor {}

// A date or time that can be moved and measured in units.
public interface Temporal extends java.time.temporal.TemporalAccessor {
  long until(Temporal endExclusive, TemporalUnit unit);

  Temporal plus(long amountToAdd, TemporalUnit unit);
}

public interface TemporalUnit {
  long between(Temporal temporal1Inclusive, Temporal temporal2Exclusive);

  boolean isDateBased();

  boolean isTimeBased();
}

public interface TemporalAmount {}

public class UnsupportedTemporalTypeException extends java.time.DateTimeException {
  public UnsupportedTemporalTypeException(String message) {
    super(message);
  }
}

public enum ChronoUnit implements java.time.temporal.TemporalUnit {
  NANOS("Nanos"),
  MICROS("Micros"),
  MILLIS("Millis"),
  SECONDS("Seconds"),
  MINUTES("Minutes"),
  HOURS("Hours"),
  HALF_DAYS("HalfDays"),
  DAYS("Days"),
  WEEKS("Weeks"),
  MONTHS("Months"),
  YEARS("Years"),
  DECADES("Decades"),
  CENTURIES("Centuries"),
  MILLENNIA("Millennia"),
  ERAS("Eras"),
  FOREVER("Forever");

  private final String displayName;

  ChronoUnit(String displayName) {
    this.displayName = displayName;
  }

  public long between(Temporal temporal1Inclusive, Temporal temporal2Exclusive) {
    return temporal1Inclusive.until(temporal2Exclusive, this);
  }

  public boolean isDateBased() {
    return ordinal() >= DAYS.ordinal() && this != FOREVER;
  }

  public boolean isTimeBased() {
    return ordinal() < DAYS.ordinal();
  }

  public String toString() {
    return displayName;
  }
}
