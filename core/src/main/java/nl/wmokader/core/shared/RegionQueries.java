package nl.wmokader.core.shared;

import io.vavr.control.Either;

/**
 * What one module asks another module's query use case as the region, on behalf of its own work:
 * the region may ask every query, so a refusal is a fault of the wiring, not an answer to pass on.
 */
public final class RegionQueries {

  private RegionQueries() {}

  /** The value {@code answer} holds; an {@link IllegalStateException} naming the refusal otherwise. */
  public static <T> T answer(Either<DomainError, T> answer) {
    return answer.getOrElseThrow(e -> new IllegalStateException("an upstream use case refused the region: "
        + e.code() + " " + e.message()));
  }
}
