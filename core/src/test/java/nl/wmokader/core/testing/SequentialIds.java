package nl.wmokader.core.testing;

import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import nl.wmokader.core.shared.IdGenerator;

/** Deterministic identifiers for tests: 00000000-0000-0000-0000-000000000001, …2, … */
public final class SequentialIds implements IdGenerator {
  private final AtomicLong next = new AtomicLong();

  @Override
  public UUID next() {
    return new UUID(0, next.incrementAndGet());
  }
}
