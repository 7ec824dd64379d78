package nl.wmokader.core.supervision.application;

import static java.util.Objects.requireNonNull;

import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import nl.wmokader.core.shared.AccessPolicy;
import nl.wmokader.core.shared.Actor;
import nl.wmokader.core.shared.AgbCode;
import nl.wmokader.core.shared.DomainError;
import nl.wmokader.core.shared.InvalidInput;
import nl.wmokader.core.supervision.domain.Calamity;
import nl.wmokader.core.supervision.domain.Investigation;
import nl.wmokader.core.supervision.domain.MeasureRecord;
import nl.wmokader.core.supervision.domain.QualityFinding;
import nl.wmokader.core.supervision.domain.ReportableEvent;
import nl.wmokader.core.supervision.domain.Verdict;
import nl.wmokader.core.supervision.port.in.FindQualityFindingsUseCase;
import nl.wmokader.core.supervision.port.in.FindReportableEventsUseCase;
import nl.wmokader.core.supervision.port.out.CalamityRepository;
import nl.wmokader.core.supervision.port.out.InvestigationRepository;

/** A provider's supervision record of a year, as the subdomains downstream of supervision weigh it. */
public final class ProviderRecordService implements FindQualityFindingsUseCase, FindReportableEventsUseCase {

  private final InvestigationRepository investigations;
  private final CalamityRepository calamities;
  private final AccessPolicy access;

  public ProviderRecordService(InvestigationRepository investigations, CalamityRepository calamities,
                               AccessPolicy access) {
    this.investigations = requireNonNull(investigations, "investigations");
    this.calamities = requireNonNull(calamities, "calamities");
    this.access = requireNonNull(access, "access");
  }

  @Override
  public Either<DomainError, Seq<QualityFinding>> findQualityFindings(Actor actor, AgbCode provider, int year) {
    return allowed(actor, "read a provider's findings", provider)
        .map(ok -> investigations.find(Option.some(provider))
            .filter(i -> i.finalReportOn().exists(day -> day.getYear() == year))
            .flatMap(ProviderRecordService::established));
  }

  private static Seq<QualityFinding> established(Investigation investigation) {
    return investigation.findings()
        .map(f -> new QualityFinding(investigation.finalReportOn().get(), f.verdict() == Verdict.DOES_NOT_MEET));
  }

  @Override
  public Either<DomainError, Seq<ReportableEvent>> findReportableEvents(Actor actor, AgbCode provider, int year) {
    return allowed(actor, "read a provider's reportable events", provider)
        .map(ok -> {
          Seq<ReportableEvent> incidents = calamities.find(Option.some(provider))
              .filter(c -> c.occurredOn().getYear() == year).map(Calamity::asReportableEvent);
          Seq<ReportableEvent> measures = investigations.find(Option.some(provider))
              .flatMap(Investigation::measures).filter(m -> m.decidedOn().getYear() == year)
              .map(MeasureRecord::asReportableEvent);
          return incidents.appendAll(measures);
        });
  }

  private Either<DomainError, AgbCode> allowed(Actor actor, String action, AgbCode provider) {
    return access.require(actor, action, Actor.Role.REGION, Actor.Role.SUPERVISOR)
        .flatMap(ok -> provider == null ? Either.left(InvalidInput.of("provider", "required", "is required"))
            : Either.right(provider));
  }
}
