package nl.wmokader.core.supervision.domain;

import static java.util.Objects.requireNonNull;

import io.vavr.control.Option;
import java.time.LocalDate;

/**
 * The formal measure at index {@code outcome} of the investigation's outcomes, decided on {@code
 * decidedOn}, and the day the provider reported it, once it did: the provider reports every
 * measure imposed on it within the contract's term (VNG model contract, DOMAIN.md §6).
 */
public record MeasureRecord(int outcome, LocalDate decidedOn, Option<LocalDate> reportedOn) {
  public MeasureRecord {
    if (outcome < 0) {
      throw new IllegalArgumentException("outcome index < 0");
    }
    requireNonNull(decidedOn, "decidedOn");
    requireNonNull(reportedOn, "reportedOn");
  }

  /** A measure decided on {@code decidedOn}, not yet reported. */
  public static MeasureRecord decided(int outcome, LocalDate decidedOn) {
    return new MeasureRecord(outcome, decidedOn, Option.none());
  }

  /** What contracting's reporting obligation counts: imposed on the day it was decided. */
  public ReportableEvent asReportableEvent() {
    return new ReportableEvent(ReportableEventKind.SUPERVISION_MEASURE, decidedOn, reportedOn);
  }

  MeasureRecord reported(LocalDate on) {
    return new MeasureRecord(outcome, decidedOn, Option.some(on));
  }
}
