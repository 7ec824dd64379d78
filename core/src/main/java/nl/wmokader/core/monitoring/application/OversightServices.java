package nl.wmokader.core.monitoring.application;

import static java.util.Objects.requireNonNull;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.LocalDate;
import nl.wmokader.core.contracting.domain.Provider;
import nl.wmokader.core.contracting.port.in.ListProvidersUseCase;
import nl.wmokader.core.monitoring.domain.BudgetFigures;
import nl.wmokader.core.monitoring.domain.ComplianceFigures;
import nl.wmokader.core.monitoring.domain.FigureFilter;
import nl.wmokader.core.monitoring.domain.Oversight;
import nl.wmokader.core.monitoring.domain.SupervisionFigures;
import nl.wmokader.core.monitoring.port.in.OversightFiguresUseCase;
import nl.wmokader.core.obligations.domain.ObligationError;
import nl.wmokader.core.obligations.domain.ObligationEvaluations;
import nl.wmokader.core.obligations.port.in.EvaluateObligationsQuery;
import nl.wmokader.core.obligations.port.in.EvaluateObligationsUseCase;
import nl.wmokader.core.region.domain.InhabitantCount;
import nl.wmokader.core.region.domain.Member;
import nl.wmokader.core.region.domain.Region;
import nl.wmokader.core.region.port.in.GetRegionUseCase;
import nl.wmokader.core.settlement.port.in.GetBudgetStatusUseCase;
import nl.wmokader.core.shared.AccessPolicy;
import nl.wmokader.core.shared.Actor;
import nl.wmokader.core.shared.AgbCode;
import nl.wmokader.core.shared.DomainError;
import nl.wmokader.core.shared.InvalidInput;
import nl.wmokader.core.shared.MunicipalityCode;
import nl.wmokader.core.shared.Page;
import nl.wmokader.core.supervision.port.in.ListCalamitiesQuery;
import nl.wmokader.core.supervision.port.in.ListCalamitiesUseCase;
import nl.wmokader.core.supervision.port.in.ListInvestigationsQuery;
import nl.wmokader.core.supervision.port.in.ListInvestigationsUseCase;
import nl.wmokader.core.supervision.port.in.ListSignalsQuery;
import nl.wmokader.core.supervision.port.in.ListSignalsUseCase;

/**
 * The budget, supervision and compliance figures, read through the upstream subdomains' own use
 * cases as the region: budgets and their forecast from settlement (one status per member and year),
 * signals, calamities and investigations from supervision (their lists, narrowed to the provider when
 * the filter names one), the obligations' verdicts from obligations (one evaluation per provider and
 * year). The upstream use cases decide what the figures are; this class only counts and arranges.
 * Reading as the region is safe because nothing personal leaves: counts, amounts and verdicts.
 *
 * <p>Cost: supervision's lists are read whole for the months asked (signals, calamities and
 * investigations are tens to hundreds a year, not claims' millions); compliance costs one evaluation
 * per provider and year, so a region-wide question over 150 providers is the slowest of the figures.
 */
public final class OversightServices implements OversightFiguresUseCase {

  private static final Actor REGION = Actor.region();

  /** The use cases the figures read; each answers as for the region. */
  public record Sources(GetRegionUseCase region, GetBudgetStatusUseCase budgets, ListSignalsUseCase signals,
                        ListCalamitiesUseCase calamities, ListInvestigationsUseCase investigations,
                        ListProvidersUseCase providers, EvaluateObligationsUseCase obligations) {
    public Sources {
      requireNonNull(region, "region");
      requireNonNull(budgets, "budgets");
      requireNonNull(signals, "signals");
      requireNonNull(calamities, "calamities");
      requireNonNull(investigations, "investigations");
      requireNonNull(providers, "providers");
      requireNonNull(obligations, "obligations");
    }
  }

  private final Sources sources;
  private final AccessPolicy access;

  public OversightServices(Sources sources, AccessPolicy access) {
    this.sources = requireNonNull(sources, "sources");
    this.access = requireNonNull(access, "access");
  }

  @Override
  public Either<DomainError, Seq<BudgetFigures>> budgetFigures(Actor actor, FigureFilter filter) {
    return allowed(actor, filter).flatMap(f -> sources.region().getRegion(REGION)).flatMap(region -> {
      Seq<MunicipalityCode> members = region.members().map(Member::code)
          .filter(m -> filter.member().forAll(m::equals)).sortBy(MunicipalityCode::value);
      Seq<BudgetFigures> rows = List.empty();
      for (int year = filter.from().getYear(); year <= filter.until().getYear(); year++) {
        for (MunicipalityCode member : members) {
          int y = year;
          Either<DomainError, BudgetFigures> row = sources.budgets().getBudgetStatus(REGION, member, y)
              .map(status -> BudgetFigures.of(status, inhabitants(region, member, y)));
          if (row.isLeft()) {
            return Either.left(row.getLeft());
          }
          rows = rows.append(row.get());
        }
      }
      return Either.right(rows);
    });
  }

  @Override
  public Either<DomainError, Seq<SupervisionFigures>> supervisionFigures(Actor actor, FigureFilter filter) {
    return allowed(actor, filter).flatMap(f -> {
      Option<AgbCode> provider = filter.provider();
      return Page.all(page -> sources.signals().listSignals(REGION, new ListSignalsQuery(provider, page)))
          .flatMap(signals -> Page.all(page ->
                  sources.calamities().listCalamities(REGION, new ListCalamitiesQuery(provider, page)))
              .flatMap(calamities -> Page.all(page ->
                      sources.investigations().listInvestigations(REGION, new ListInvestigationsQuery(provider, page)))
                  .map(investigations -> Oversight.supervision(filter, signals, calamities, investigations))));
    });
  }

  @Override
  public Either<DomainError, Seq<ComplianceFigures>> complianceFigures(Actor actor, FigureFilter filter) {
    return allowed(actor, filter)
        .flatMap(f -> filter.provider().isDefined() ? Either.<DomainError, Seq<AgbCode>>right(filter.provider().toList())
            : Page.all(page -> sources.providers().listProviders(REGION, page)).map(ps -> ps.map(Provider::agb)))
        .flatMap(providers -> {
          Seq<ComplianceFigures> rows = List.empty();
          for (AgbCode provider : providers.sortBy(AgbCode::value)) {
            for (int year = filter.from().getYear(); year <= filter.until().getYear(); year++) {
              Either<DomainError, ObligationEvaluations> evaluated =
                  sources.obligations().evaluateObligations(REGION, new EvaluateObligationsQuery(provider, year));
              if (evaluated.isRight()) {
                rows = rows.append(ComplianceFigures.of(evaluated.get()));
              } else if (!(evaluated.getLeft() instanceof ObligationError.NotContractedInYear)) {
                return Either.left(evaluated.getLeft());
              }
            }
          }
          return Either.right(rows);
        });
  }

  private Either<DomainError, FigureFilter> allowed(Actor actor, FigureFilter filter) {
    return access.require(actor, "read the monitoring figures", Actor.Role.REGION, Actor.Role.MUNICIPALITY,
            Actor.Role.ANALYST)
        .flatMap(ok -> filter == null ? Either.left(InvalidInput.of("filter", "required", "is required"))
            : Either.right(filter));
  }

  private static Option<Long> inhabitants(Region region, MunicipalityCode member, int year) {
    return region.inhabitantsOn(member, LocalDate.of(year, 1, 1)).map(InhabitantCount::inhabitants);
  }
}
