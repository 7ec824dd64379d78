package nl.wmokader.core;

import static java.util.Objects.requireNonNull;

import io.vavr.collection.Seq;
import io.vavr.control.Option;
import nl.wmokader.core.obligations.port.out.ReportableEvents;
import nl.wmokader.core.shared.AgbCode;
import nl.wmokader.core.supervision.domain.Calamity;
import nl.wmokader.core.supervision.domain.MeasureRecord;
import nl.wmokader.core.supervision.domain.ReportableEvent;
import nl.wmokader.core.supervision.port.out.CalamityRepository;
import nl.wmokader.core.supervision.port.out.InvestigationRepository;

/**
 * Contracting's {@link ReportableEvents}, answered from supervision: each calamity or violence
 * incident that occurred in the year, and each formal measure decided in the year in an
 * investigation of the provider, with the day the provider reported it, if it did.
 */
final class SupervisionReportableEvents implements ReportableEvents {

  private final CalamityRepository calamities;
  private final InvestigationRepository investigations;

  SupervisionReportableEvents(CalamityRepository calamities, InvestigationRepository investigations) {
    this.calamities = requireNonNull(calamities, "calamities");
    this.investigations = requireNonNull(investigations, "investigations");
  }

  @Override
  public Seq<ReportableEvent> eventsOf(AgbCode provider, int year) {
    Seq<ReportableEvent> incidents = calamities.find(Option.some(provider))
        .filter(c -> c.occurredOn().getYear() == year).map(Calamity::asReportableEvent);
    Seq<ReportableEvent> measures = investigations.find(Option.some(provider))
        .flatMap(i -> i.measures()).filter(m -> m.decidedOn().getYear() == year).map(MeasureRecord::asReportableEvent);
    return incidents.appendAll(measures);
  }
}
