package nl.wmokader.adapters.rest.obligations;

import java.time.LocalDate;
import nl.wmokader.core.obligations.domain.Refusal;

/** A recorded refusal: no client is named in it. {@code version} is the optimistic-locking version. */
public record RefusalDto(String id, String provider, LocalDate refusedOn, String reason, String explanation,
    LocalDate recordedOn, long version) {

  public static RefusalDto from(Refusal r) {
    return new RefusalDto(r.id().toString(), r.provider().value(), r.refusedOn(), r.reason().name(),
        r.explanation().getOrNull(), r.recordedOn(), r.version());
  }
}
