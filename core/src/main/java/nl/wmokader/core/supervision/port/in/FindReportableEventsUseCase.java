package nl.wmokader.core.supervision.port.in;

import io.vavr.collection.Seq;
import io.vavr.control.Either;
import nl.wmokader.core.shared.Actor;
import nl.wmokader.core.shared.AgbCode;
import nl.wmokader.core.shared.DomainError;
import nl.wmokader.core.supervision.domain.ReportableEvent;

/**
 * What a provider had to report in a year, with the day it did: each calamity or violence incident
 * that occurred in the year, and each formal measure decided in the year in an investigation of the
 * provider. Open to the region and supervisors.
 */
public interface FindReportableEventsUseCase {
  Either<DomainError, Seq<ReportableEvent>> findReportableEvents(Actor actor, AgbCode provider, int year);
}
