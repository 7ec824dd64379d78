package nl.wmokader.core.region.domain;

import static java.util.Objects.requireNonNull;

import io.vavr.collection.Seq;
import java.time.LocalDate;

/**
 * A regional decision put to the members (e.g. adopting the budget), with the reference date whose
 * inhabitant counts weigh the votes ({@link AbstractRegion#inhabitantsOn}) and the ballots cast.
 * Members without a ballot were absent. The ballots are checked when counted, not here, so that an
 * invalid set of ballots is an error value rather than an exception.
 */
public record RegionalDecision(String subject, LocalDate referenceDate, Seq<Ballot> ballots) {
  public RegionalDecision {
    requireNonNull(subject, "subject");
    requireNonNull(referenceDate, "referenceDate");
    requireNonNull(ballots, "ballots");
    if (subject.isBlank()) {
      throw new IllegalArgumentException("subject is blank");
    }
  }
}
