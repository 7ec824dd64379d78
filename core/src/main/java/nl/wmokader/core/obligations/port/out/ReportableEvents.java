package nl.wmokader.core.obligations.port.out;

import io.vavr.collection.Seq;
import nl.wmokader.core.shared.AgbCode;
import nl.wmokader.core.supervision.domain.ReportableEvent;

/**
 * The supervision measures, calamities and violence incidents a provider had to report, with when
 * it reported them. Contracting owns this port because supervision lies downstream; the core's
 * composition implements it over supervision.
 */
@FunctionalInterface
public interface ReportableEvents {

  /** The events of {@code provider} that occurred (or were imposed) in {@code year}, known so far. */
  Seq<ReportableEvent> eventsOf(AgbCode provider, int year);
}
