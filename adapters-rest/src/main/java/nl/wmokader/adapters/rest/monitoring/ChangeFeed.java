package nl.wmokader.adapters.rest.monitoring;

import nl.wmokader.adapters.rest.EventStream;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * That the figures may have changed, told to the open event streams of one process: {@link
 * #changed()} after each successful state-changing request; at most one {@code change} event per
 * {@link #coalesce} window follows a burst, carrying only a version that grows by one per event
 * (no personal data, not even what changed). Each stream gets a comment line every {@link
 * #heartbeat} (proxies keep it open, a vanished client is noticed on the write) and is closed after
 * {@link #maxAge}, so a client reconnects and proves a token that is still valid. At most {@link
 * #maxStreams} streams are open at once.
 *
 * <p>One process only: behind a load balancer, a change on one instance reaches the streams of that
 * instance; several instances would need a shared signal (a database notification, a message bus).
 */
public final class ChangeFeed {
  /** One daemon thread for every feed of the process: publishing and heartbeats are tiny writes. */
  private static final ScheduledExecutorService TIMER = Executors.newSingleThreadScheduledExecutor(runnable -> {
    Thread thread = new Thread(runnable, "wmo-kader-change-feed");
    thread.setDaemon(true);
    return thread;
  });

  private final int maxStreams;
  private final Duration coalesce;
  private final Duration heartbeat;
  private final Duration maxAge;
  private final AtomicLong version = new AtomicLong();
  private final AtomicBoolean pending = new AtomicBoolean();
  private final AtomicInteger open = new AtomicInteger();
  private final Set<EventStream> streams = ConcurrentHashMap.newKeySet();

  private ChangeFeed(int maxStreams, Duration coalesce, Duration heartbeat, Duration maxAge) {
    if (maxStreams < 1) {
      throw new IllegalArgumentException("maxStreams must be positive");
    }
    if (coalesce.isNegative() || heartbeat.isZero() || heartbeat.isNegative() || maxAge.isZero() || maxAge.isNegative()) {
      throw new IllegalArgumentException("coalesce must not be negative, heartbeat and maxAge must be positive");
    }
    this.maxStreams = maxStreams;
    this.coalesce = coalesce;
    this.heartbeat = heartbeat;
    this.maxAge = maxAge;
  }

  /** 64 streams, an event at most every 300 ms, a heartbeat every 15 s, a stream closed after 10 minutes. */
  public static ChangeFeed defaults() {
    return of(64, Duration.ofMillis(300), Duration.ofSeconds(15), Duration.ofMinutes(10));
  }

  public static ChangeFeed of(int maxStreams, Duration coalesce, Duration heartbeat, Duration maxAge) {
    return new ChangeFeed(maxStreams, coalesce, heartbeat, maxAge);
  }

  public int maxStreams() {
    return maxStreams;
  }

  public Duration coalesce() {
    return coalesce;
  }

  public Duration heartbeat() {
    return heartbeat;
  }

  public Duration maxAge() {
    return maxAge;
  }

  /** The version of the latest event sent (0 before the first). */
  public long version() {
    return version.get();
  }

  /** The streams open now. */
  public int openStreams() {
    return open.get();
  }

  /**
   * Something that can affect the figures was committed: an event follows within {@link #coalesce}
   * unless one is already due, which then covers this change too.
   */
  public void changed() {
    if (pending.compareAndSet(false, true)) {
      TIMER.schedule(this::publish, coalesce.toMillis(), TimeUnit.MILLISECONDS);
    }
  }

  private void publish() {
    // cleared before the version is taken: a change arriving while this event goes out schedules the next
    pending.set(false);
    long next = version.incrementAndGet();
    for (EventStream stream : streams) {
      send(stream, "change", next);
    }
  }

  /** Takes a place for a new stream: false when {@link #maxStreams} are open. */
  boolean reserve() {
    while (true) {
      int now = open.get();
      if (now >= maxStreams) {
        return false;
      }
      if (open.compareAndSet(now, now + 1)) {
        return true;
      }
    }
  }

  /** Gives back a place {@link #reserve()} took for a stream that was never opened. */
  void release() {
    open.decrementAndGet();
  }

  /**
   * Follows {@code stream}, whose place {@link #reserve()} took: a {@code ready} event with the
   * current version first, then {@code change} events and heartbeats until the client goes or
   * {@link #maxAge} has passed.
   */
  void follow(EventStream stream) {
    AtomicBoolean closed = new AtomicBoolean();
    ScheduledFuture<?> beat = TIMER.scheduleAtFixedRate(() -> stream.comment("heartbeat"), heartbeat.toMillis(), heartbeat.toMillis(), TimeUnit.MILLISECONDS);
    ScheduledFuture<?> expiry = TIMER.schedule(stream::close, maxAge.toMillis(), TimeUnit.MILLISECONDS);
    stream.onClose(() -> {
      if (closed.compareAndSet(false, true)) {
        beat.cancel(false);
        expiry.cancel(false);
        streams.remove(stream);
        open.decrementAndGet();
      }
    });
    streams.add(stream);
    send(stream, "ready", version.get());
  }

  /** Closes every open stream (the server stops; their clients reconnect elsewhere or later). */
  public void closeAll() {
    streams.forEach(EventStream::close);
  }

  /** One event: its name, its version as the event id, and {@code {"version": n}} as data. */
  private static void send(EventStream stream, String event, long version) {
    stream.send(event, String.valueOf(version), "{\"version\":" + version + "}");
  }
}
