package nl.wmokader.examples.bench;

import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import nl.wmokader.core.shared.IdGenerator;

/**
 * Identifiers 0, 1, 2, ... as UUIDs: the same run gives the same identifiers, and drawing one costs
 * next to nothing, so it does not blur what is measured. Thread-safe: two threads submit at once.
 */
final class SequentialIds implements IdGenerator {
  private final AtomicLong next = new AtomicLong();

  @Override
  public UUID next() {
    return new UUID(0, next.getAndIncrement());
  }
}
