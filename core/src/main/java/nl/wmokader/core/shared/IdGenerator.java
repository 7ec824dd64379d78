package nl.wmokader.core.shared;

import java.util.UUID;

/**
 * Where new identifiers come from. Injected, so that the core holds no randomness it is not given:
 * production passes {@code UUID::randomUUID}, tests a deterministic sequence.
 */
@FunctionalInterface
public interface IdGenerator {
  UUID next();
}
