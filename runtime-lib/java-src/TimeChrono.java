// Kiln's runtime library: java.time.chrono.ChronoLocalDate, the type LocalDate's comparisons take; translate.sh turns it into IR.
package java.time.chrono;


public interface ChronoLocalDate extends java.time.temporal.Temporal, Comparable<ChronoLocalDate> {
  long toEpochDay();

  boolean isBefore(ChronoLocalDate other);

  boolean isAfter(ChronoLocalDate other);

  boolean isEqual(ChronoLocalDate other);
}

public interface ChronoLocalDateTime<D extends ChronoLocalDate> extends java.time.temporal.Temporal, Comparable<ChronoLocalDateTime<?>> {
  boolean isBefore(ChronoLocalDateTime<?> other);

  boolean isAfter(ChronoLocalDateTime<?> other);

  boolean isEqual(ChronoLocalDateTime<?> other);
}
