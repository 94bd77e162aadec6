// Kiln's runtime library: java.util.IntSummaryStatistics, LongSummaryStatistics and DoubleSummaryStatistics, in Java;
// translate.sh turns them into runtime-lib/java.util.collections.ir.
package java.util;

import java.util.function.DoubleConsumer;
import java.util.function.IntConsumer;
import java.util.function.LongConsumer;

public class IntSummaryStatistics implements IntConsumer {
  private long count;
  private long sum;
  private int min = Integer.MAX_VALUE;
  private int max = Integer.MIN_VALUE;

  public IntSummaryStatistics() {}

  public void accept(int value) {
    count++;
    sum += value;
    min = Math.min(min, value);
    max = Math.max(max, value);
  }

  public void combine(IntSummaryStatistics other) {
    count += other.count;
    sum += other.sum;
    min = Math.min(min, other.min);
    max = Math.max(max, other.max);
  }

  public final long getCount() {
    return count;
  }

  public final long getSum() {
    return sum;
  }

  public final int getMin() {
    return min;
  }

  public final int getMax() {
    return max;
  }

  public final double getAverage() {
    return count > 0 ? (double) sum / count : 0.0;
  }

  public String toString() {
    return String.format("IntSummaryStatistics{count=%d, sum=%d, min=%d, average=%f, max=%d}",
        count, sum, min, getAverage(), max);
  }
}

public class LongSummaryStatistics implements LongConsumer, IntConsumer {
  private long count;
  private long sum;
  private long min = Long.MAX_VALUE;
  private long max = Long.MIN_VALUE;

  public LongSummaryStatistics() {}

  public void accept(int value) {
    accept((long) value);
  }

  public void accept(long value) {
    count++;
    sum += value;
    min = Math.min(min, value);
    max = Math.max(max, value);
  }

  public void combine(LongSummaryStatistics other) {
    count += other.count;
    sum += other.sum;
    min = Math.min(min, other.min);
    max = Math.max(max, other.max);
  }

  public final long getCount() {
    return count;
  }

  public final long getSum() {
    return sum;
  }

  public final long getMin() {
    return min;
  }

  public final long getMax() {
    return max;
  }

  public final double getAverage() {
    return count > 0 ? (double) sum / count : 0.0;
  }

  public String toString() {
    return String.format("LongSummaryStatistics{count=%d, sum=%d, min=%d, average=%f, max=%d}",
        count, sum, min, getAverage(), max);
  }
}

// The sum is compensated (Kahan), with the JDK's sign convention for the correction term, so that sums of
// doubles come out to the JVM's last bit; the plain sum decides when the compensated one is NaN from infinities.
public class DoubleSummaryStatistics implements DoubleConsumer {
  private long count;
  private double sum;
  private double compensation;
  private double simpleSum;
  private double min = Double.POSITIVE_INFINITY;
  private double max = Double.NEGATIVE_INFINITY;

  public DoubleSummaryStatistics() {}

  public void accept(double value) {
    count++;
    simpleSum += value;
    addCompensated(value);
    min = Math.min(min, value);
    max = Math.max(max, value);
  }

  public void combine(DoubleSummaryStatistics other) {
    count += other.count;
    simpleSum += other.simpleSum;
    addCompensated(other.sum);
    addCompensated(-other.compensation);
    min = Math.min(min, other.min);
    max = Math.max(max, other.max);
  }

  private void addCompensated(double value) {
    double corrected = value - compensation;
    double total = sum + corrected;
    compensation = (total - sum) - corrected;
    sum = total;
  }

  public final long getCount() {
    return count;
  }

  public final double getSum() {
    double total = sum - compensation;
    if (Double.isNaN(total) && Double.isInfinite(simpleSum)) return simpleSum;
    return total;
  }

  public final double getMin() {
    return min;
  }

  public final double getMax() {
    return max;
  }

  public final double getAverage() {
    return count > 0 ? getSum() / count : 0.0;
  }

  public String toString() {
    return String.format("DoubleSummaryStatistics{count=%d, sum=%f, min=%f, average=%f, max=%f}",
        count, getSum(), min, getAverage(), max);
  }
}
