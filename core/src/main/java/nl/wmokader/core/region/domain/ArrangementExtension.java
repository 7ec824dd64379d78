package nl.wmokader.core.region.domain;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;

/** A recorded one-year extension of the arrangement: when it was decided and the end it set. */
public record ArrangementExtension(LocalDate decidedOn, LocalDate newEnd) {
  public ArrangementExtension {
    requireNonNull(decidedOn, "decidedOn");
    requireNonNull(newEnd, "newEnd");
  }
}
