// Kiln's runtime library: java.util.DoubleSummaryStatistics, in Java; translate.sh turns it into
// runtime-lib/java.util.collections.ir (IntSummaryStatistics and LongSummaryStatistics come from primitives.py).
package java.util;

import java.util.function.DoubleConsumer;

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
