package nl.wmokader.examples.bench;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A closed-loop load on one route of a server on the loopback interface: {@code connections}
 * threads, each on its own keep-alive connection ({@link RawHttp}), each sending the next request
 * as soon as the last is answered; first for {@code warmUp}, then measured for {@code measure}.
 * Bounded in time and in count ({@link #MAX_REQUESTS}), so a fast server cannot fill the heap.
 * Loopback only, nothing to install: the harness runs it by itself.
 */
final class LoadGenerator {
  /** The most requests one load sends, warm-up included. */
  static final long MAX_REQUESTS = 3_000_000;
  /** A status standing for "no answer": the connection failed or timed out. */
  static final int NO_ANSWER = -1;

  private LoadGenerator() {}

  /**
   * What a load measured: answers per second in the measured window, the latency percentiles of
   * the answers in it, and every status other than 2xx, warm-up included (a 500 while warming up
   * is still a 500).
   */
  record Load(long answered, double seconds, double perSecond, double p50Millis, double p99Millis,
              Map<Integer, Long> non2xx) {

    long non2xxCount() {
      return non2xx.values().stream().mapToLong(Long::longValue).sum();
    }

    /** e.g. {@code 0} or {@code 503×12, 500×1}. */
    String describeNon2xx() {
      if (non2xx.isEmpty()) {
        return "0";
      }
      List<String> parts = new ArrayList<>();
      non2xx.forEach((status, count) -> parts.add((status == NO_ANSWER ? "no answer" : status.toString()) + "×" + count));
      return String.join(", ", parts);
    }
  }

  static Load run(int port, byte[] request, int connections, Duration warmUp, Duration measure)
      throws InterruptedException {
    long begin = System.nanoTime();
    long measureFrom = begin + warmUp.toNanos();
    long end = measureFrom + measure.toNanos();
    AtomicLong sent = new AtomicLong();
    Worker[] workers = new Worker[connections];
    CountDownLatch done = new CountDownLatch(connections);
    for (int i = 0; i < connections; i++) {
      Worker w = new Worker(port, request, measureFrom, end, sent, done);
      workers[i] = w;
      Thread t = new Thread(w, "load-" + i);
      t.setDaemon(true);
      t.start();
    }
    if (!done.await(warmUp.plus(measure).toSeconds() + 120, java.util.concurrent.TimeUnit.SECONDS)) {
      throw new IllegalStateException("the load did not finish: a connection hangs");
    }
    long answered = 0;
    Map<Integer, Long> non2xx = new TreeMap<>();
    long[] all = new long[Arrays.stream(workers).mapToInt(w -> w.count).sum()];
    int at = 0;
    for (Worker w : workers) {
      answered += w.count;
      System.arraycopy(w.latencies, 0, all, at, w.count);
      at += w.count;
      w.non2xx.forEach((status, count) -> non2xx.merge(status, count, Long::sum));
    }
    Arrays.sort(all);
    double seconds = measure.toNanos() / 1e9;
    return new Load(answered, seconds, answered / seconds, percentile(all, 0.50), percentile(all, 0.99), non2xx);
  }

  private static double percentile(long[] sorted, double p) {
    if (sorted.length == 0) {
      return Double.NaN;
    }
    int index = (int) Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1);
    return sorted[Math.max(index, 0)] / 1e6;
  }

  /** One connection's loop. */
  private static final class Worker implements Runnable {
    private final RawHttp http;
    private final byte[] request;
    private final long measureFrom;
    private final long end;
    private final AtomicLong sent;
    private final CountDownLatch done;
    long[] latencies = new long[4096];
    int count;
    final Map<Integer, Long> non2xx = new TreeMap<>();

    Worker(int port, byte[] request, long measureFrom, long end, AtomicLong sent, CountDownLatch done) {
      this.http = new RawHttp(port);
      this.request = request;
      this.measureFrom = measureFrom;
      this.end = end;
      this.sent = sent;
      this.done = done;
    }

    @Override
    public void run() {
      try {
        while (sent.incrementAndGet() <= MAX_REQUESTS) {
          long start = System.nanoTime();
          if (start >= end) {
            break;
          }
          int status;
          try {
            status = http.exchange(request, null);
          } catch (IOException e) {
            status = NO_ANSWER;
          }
          long finish = System.nanoTime();
          if (status < 200 || status > 299) {
            non2xx.merge(status, 1L, Long::sum);
          }
          if (start >= measureFrom && finish <= end) {
            record(finish - start);
          }
        }
      } finally {
        http.close();
        done.countDown();
      }
    }

    private void record(long nanos) {
      if (count == latencies.length) {
        latencies = Arrays.copyOf(latencies, count * 2);
      }
      latencies[count++] = nanos;
    }
  }
}
