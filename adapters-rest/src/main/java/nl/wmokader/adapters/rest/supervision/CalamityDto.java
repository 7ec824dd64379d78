package nl.wmokader.adapters.rest.supervision;

import java.time.LocalDate;
import nl.wmokader.core.supervision.domain.Calamity;

/** A calamity or violence incident and the GGD's progress on it; {@code stepOn} is the day of its last step. */
public record CalamityDto(String id, String provider, String kind, LocalDate occurredOn, LocalDate reportedOn,
                          String summary, String status, String conclusion, String followUp, LocalDate stepOn,
                          long version) {

  public static CalamityDto from(Calamity c) {
    return new CalamityDto(c.id().value().toString(), c.provider().value(), c.kind().name(), c.occurredOn(),
        c.reportedOn(), c.summary(), c.status().name(), c.conclusion().getOrNull(), c.followUp().getOrNull(),
        c.stepOn(), c.version());
  }
}
