package nl.wmokader.adapters.rest;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Requests per actor: a token bucket of {@code burst} requests, refilled at {@code perSecond}. An
 * actor that finds its bucket empty is answered 429 with {@code Retry-After} (whole seconds until a
 * token is back), so one client cannot take the service from everybody else.
 *
 * @param perSecond the sustained rate a single actor may send
 * @param burst the most requests an actor may send at once after a quiet spell
 */
public record RateLimit(double perSecond, int burst) {

  public RateLimit {
    if (!(perSecond > 0) || burst < 1) {
      throw new IllegalArgumentException("a rate limit needs a positive rate and a burst of at least 1");
    }
  }

  /** The buckets of one server, on {@code nanoTime} (the JVM's monotonic clock, or a test's). */
  Buckets buckets(LongSupplier nanoTime) {
    return new Buckets(this, nanoTime);
  }

  /** The live buckets, one per actor key. */
  static final class Buckets {
    private final RateLimit limit;
    private final LongSupplier nanoTime;
    private final Map<String, Bucket> byActor = new ConcurrentHashMap<>();

    Buckets(RateLimit limit, LongSupplier nanoTime) {
      this.limit = limit;
      this.nanoTime = nanoTime;
    }

    /** 0 when {@code actor} may send this request now, else the whole seconds until it may. */
    long take(String actor) {
      return byActor.computeIfAbsent(actor, a -> new Bucket(limit.burst(), nanoTime.getAsLong()))
          .take(limit, nanoTime.getAsLong());
    }

    /**
     * As {@link #take}, for keys a client chooses (its address, when it proves no identity): at
     * most {@code most} buckets are kept, and beyond that all start afresh, so that a client with
     * many addresses costs bounded memory (and gains a fresh burst, no more).
     */
    long take(String key, int most) {
      if (byActor.size() >= most && !byActor.containsKey(key)) {
        byActor.clear();
      }
      return take(key);
    }
  }

  private static final class Bucket {
    private double tokens;
    private long at;

    Bucket(double tokens, long at) {
      this.tokens = tokens;
      this.at = at;
    }

    synchronized long take(RateLimit limit, long now) {
      tokens = Math.min(limit.burst(), tokens + (now - at) / 1e9 * limit.perSecond());
      at = now;
      if (tokens >= 1) {
        tokens -= 1;
        return 0;
      }
      return (long) Math.ceil((1 - tokens) / limit.perSecond());
    }
  }
}
