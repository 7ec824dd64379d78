package nl.wmokader.examples.bench;

import java.lang.management.ManagementFactory;
import java.util.Arrays;

/** The few measuring tools the macro benchmarks share: medians, allocation per thread, live heap. */
final class Stats {
  private Stats() {}

  /** The median (of an even count, the mean of the middle two). */
  static double median(double... values) {
    if (values.length == 0) {
      return Double.NaN;
    }
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int mid = sorted.length / 2;
    return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  }

  static double median(java.util.List<Double> values) {
    return median(values.stream().mapToDouble(Double::doubleValue).toArray());
  }

  /**
   * Bytes this thread has allocated so far (HotSpot's TLAB accounting): the difference around a
   * piece of single-threaded work is what that work allocated, garbage included.
   */
  static long allocatedBytes() {
    return ((com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean()).getCurrentThreadAllocatedBytes();
  }

  /** Heap in use after full collections: what is still reachable. */
  static long liveHeapBytes() {
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  static double perSecond(long count, long nanos) {
    return nanos == 0 ? Double.NaN : count * 1e9 / nanos;
  }

  static double millis(long nanos) {
    return nanos / 1e6;
  }
}
