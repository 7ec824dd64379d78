package nl.wmokader.core.obligations.port.out;

import io.vavr.collection.Seq;
import nl.wmokader.core.shared.AgbCode;
import nl.wmokader.core.supervision.domain.ReportableEvent;

/**
 * The supervision measures, calamities and violence incidents a provider had to report, with when
 * it reported them. The composition answers it with supervision's {@code FindReportableEventsUseCase};
 * an embedder whose supervision is kept elsewhere may answer it itself.
 */
@FunctionalInterface
public interface ReportableEvents {

  /** The events of {@code provider} that occurred (or were imposed) in {@code year}, known so far. */
  Seq<ReportableEvent> eventsOf(AgbCode provider, int year);
}
