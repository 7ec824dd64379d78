package nl.wmokader.core.contracting.application;

import static java.util.Objects.requireNonNull;
import static nl.wmokader.core.contracting.application.ContractChanges.change;
import static nl.wmokader.core.contracting.application.ContractChanges.forOwnProvider;
import static nl.wmokader.core.contracting.application.ContractChanges.inCatalogue;
import static nl.wmokader.core.contracting.application.ContractChanges.sees;
import static nl.wmokader.core.contracting.application.ContractChanges.validated;

import io.vavr.collection.Seq;
import io.vavr.control.Either;
import java.time.Clock;
import java.time.LocalDate;
import nl.wmokader.core.catalogue.port.in.FindProductUseCase;
import nl.wmokader.core.contracting.domain.Contract;
import nl.wmokader.core.contracting.domain.ContractId;
import nl.wmokader.core.contracting.domain.ContractStatus;
import nl.wmokader.core.contracting.domain.ContractingError;
import nl.wmokader.core.contracting.domain.Evidence;
import nl.wmokader.core.contracting.domain.EvidenceAlert;
import nl.wmokader.core.contracting.domain.Lot;
import nl.wmokader.core.contracting.domain.OpenHouseTerms;
import nl.wmokader.core.contracting.domain.Provider;
import nl.wmokader.core.contracting.port.in.AdmitApplicationCommand;
import nl.wmokader.core.contracting.port.in.AdmitApplicationUseCase;
import nl.wmokader.core.contracting.port.in.ApplyForAdmissionCommand;
import nl.wmokader.core.contracting.port.in.ApplyForAdmissionUseCase;
import nl.wmokader.core.contracting.port.in.ListEvidenceAlertsQuery;
import nl.wmokader.core.contracting.port.in.ListEvidenceAlertsUseCase;
import nl.wmokader.core.contracting.port.in.SubmitEvidenceCommand;
import nl.wmokader.core.contracting.port.in.SubmitEvidenceUseCase;
import nl.wmokader.core.contracting.port.out.ContractRepository;
import nl.wmokader.core.contracting.port.out.ProviderRepository;
import nl.wmokader.core.shared.InvalidInput;
import nl.wmokader.core.shared.Commands;
import nl.wmokader.core.shared.AccessPolicy;
import nl.wmokader.core.shared.Actor;
import nl.wmokader.core.shared.CommonError;
import nl.wmokader.core.shared.DomainError;
import nl.wmokader.core.shared.FieldChecks;
import nl.wmokader.core.shared.IdGenerator;

/**
 * Open-house admission: applying, submitting evidence, admitting, and the report of missing and
 * expiring evidence. There is no quota: admission depends on the evidence alone. A provider's staff
 * apply and submit evidence for their own provider; admission is the region's.
 */
public final class AdmissionServices implements ApplyForAdmissionUseCase, SubmitEvidenceUseCase, AdmitApplicationUseCase,
    ListEvidenceAlertsUseCase {

  private final ProviderRepository providers;
  private final ContractRepository contracts;
  private final FindProductUseCase catalogue;
  private final OpenHouseTerms terms;
  private final Clock clock;
  private final AccessPolicy access;
  private final IdGenerator ids;

  public AdmissionServices(ProviderRepository providers, ContractRepository contracts, FindProductUseCase catalogue,
      OpenHouseTerms terms, Clock clock, IdGenerator ids, AccessPolicy access) {
    this.access = requireNonNull(access, "access");
    this.providers = requireNonNull(providers, "providers");
    this.contracts = requireNonNull(contracts, "contracts");
    this.catalogue = requireNonNull(catalogue, "catalogue");
    this.terms = requireNonNull(terms, "terms");
    this.clock = requireNonNull(clock, "clock");
    this.ids = requireNonNull(ids, "ids");
  }

  @Override
  public Either<DomainError, Contract> applyForAdmission(Actor actor, ApplyForAdmissionCommand command) {
    return access.require(actor, "apply for admission", Actor.Role.REGION, Actor.Role.PROVIDER)
        .flatMap(ok -> command == null || command.provider() == null ? Either.right(actor)
            : forOwnProvider(access, actor, command.provider(), "apply"))
        .flatMap(ok -> validated(command, ApplyForAdmissionCommand::validated))
        .flatMap(cmd -> providers.findByAgb(cmd.provider())
            .<DomainError>toEither(() -> new CommonError.NotFound("Provider", cmd.provider().value()))
            .flatMap(provider -> terms.isProcurementPeriod(cmd.period())
                ? Either.right(provider)
                : Either.left(new ContractingError.NotAProcurementPeriod(cmd.period(), terms.procurementPeriods())))
            .flatMap(provider -> ContractServices.noContractInForceDuring(contracts, cmd.provider(), cmd.period()))
            .flatMap(ok -> Either.<DomainError, Contract>narrow(Contract.application(new ContractId(ids.next()),
                cmd.provider(), cmd.period(), cmd.products().map(p -> Lot.of(p, cmd.period())), terms.checklist()))))
        .flatMap(contract -> inCatalogue(catalogue, actor, contract.lots()).map(ok -> contract))
        .flatMap(contracts::save);
  }

  @Override
  public Either<DomainError, Contract> submitEvidence(Actor actor, SubmitEvidenceCommand command) {
    return access.require(actor, "submit evidence", Actor.Role.REGION, Actor.Role.PROVIDER)
        .flatMap(ok -> validated(command, SubmitEvidenceCommand::validated))
        .flatMap(cmd -> change(access, contracts, actor, cmd.contract(), c -> c.submitEvidence(new Evidence(cmd.condition(),
            cmd.reference().strip(), cmd.validFrom(), cmd.expiresOn(), today()))))
        .flatMap(contracts::save);
  }

  @Override
  public Either<DomainError, Contract> admitApplication(Actor actor, AdmitApplicationCommand command) {
    return access.require(actor, "admit an application", Actor.Role.REGION)
        .flatMap(ok -> validated(command, AdmitApplicationCommand::validated))
        .flatMap(cmd -> change(access, contracts, actor, cmd.contract(), c -> c.admit(today())))
        .flatMap(contracts::save);
  }

  @Override
  public Either<DomainError, Seq<EvidenceAlert>> listEvidenceAlerts(Actor actor, ListEvidenceAlertsQuery query) {
    Either<DomainError, Actor> party = access.requireParty(actor, "list evidence alerts");
    if (party.isLeft()) {
      return Either.left(party.getLeft());
    }
    if (query == null) {
      return Either.left(InvalidInput.of("query", "required", "is required"));
    }
    FieldChecks checks = new FieldChecks();
    checks.required("provider", query.provider());
    checks.check(query.withinDays() >= 0 && query.withinDays() <= ListEvidenceAlertsQuery.MAX_WITHIN_DAYS, "withinDays",
        "out_of_range", "must be 0.." + ListEvidenceAlertsQuery.MAX_WITHIN_DAYS);
    return checks.result(query).flatMap(q -> {
      if (providers.findByAgb(q.provider()).isEmpty()) {
        return Either.left(new CommonError.NotFound("Provider", q.provider().value()));
      }
      LocalDate today = today();
      return Either.right(contracts.findByProvider(q.provider())
          .filter(c -> c.status() != ContractStatus.TERMINATED && sees(access, actor, c))
          .flatMap(c -> c.evidenceAlerts(today, q.withinDays())));
    });
  }

  private LocalDate today() {
    return LocalDate.now(clock);
  }
}
