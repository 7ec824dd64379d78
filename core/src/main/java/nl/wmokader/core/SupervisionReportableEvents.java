package nl.wmokader.core;

import static java.util.Objects.requireNonNull;

import io.vavr.collection.Seq;
import io.vavr.control.Option;
import nl.wmokader.core.contracting.domain.ReportableEvent;
import nl.wmokader.core.contracting.port.out.ReportableEvents;
import nl.wmokader.core.shared.AgbCode;
import nl.wmokader.core.supervision.domain.Calamity;
import nl.wmokader.core.supervision.port.out.CalamityRepository;

/**
 * Contracting's {@link ReportableEvents}, answered from supervision's calamities: each calamity or
 * violence incident that occurred in the year, with the day the provider reported it. Measures the
 * provider had to report are not counted: supervision does not (yet) record when a provider
 * reported a measure imposed on it.
 */
final class SupervisionReportableEvents implements ReportableEvents {

  private final CalamityRepository calamities;

  SupervisionReportableEvents(CalamityRepository calamities) {
    this.calamities = requireNonNull(calamities, "calamities");
  }

  @Override
  public Seq<ReportableEvent> eventsOf(AgbCode provider, int year) {
    return calamities.find(Option.some(provider)).filter(c -> c.occurredOn().getYear() == year)
        .map(Calamity::asReportableEvent);
  }
}
