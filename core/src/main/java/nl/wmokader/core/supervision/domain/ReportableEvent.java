package nl.wmokader.core.supervision.domain;

import static java.util.Objects.requireNonNull;

import io.vavr.control.Option;
import java.time.LocalDate;

/**
 * Something a provider had to report: a supervision measure imposed on {@code occurredOn}, or a
 * calamity or violence incident that happened then, with the day it was reported, if it was.
 * Supervision knows these; contracting reads them through {@code ReportableEvents}. No personal data.
 */
public record ReportableEvent(ReportableEventKind kind, LocalDate occurredOn, Option<LocalDate> reportedOn) {
  public ReportableEvent {
    requireNonNull(kind, "kind");
    requireNonNull(occurredOn, "occurredOn");
    requireNonNull(reportedOn, "reportedOn");
  }

  public static ReportableEvent unreported(ReportableEventKind kind, LocalDate occurredOn) {
    return new ReportableEvent(kind, occurredOn, Option.none());
  }

  public static ReportableEvent reported(ReportableEventKind kind, LocalDate occurredOn, LocalDate reportedOn) {
    return new ReportableEvent(kind, occurredOn, Option.some(reportedOn));
  }
}
