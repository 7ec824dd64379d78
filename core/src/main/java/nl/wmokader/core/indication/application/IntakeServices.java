package nl.wmokader.core.indication.application;

import static java.util.Objects.requireNonNull;

import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Clock;
import java.time.LocalDate;
import nl.wmokader.core.audit.domain.AuditAction;
import nl.wmokader.core.audit.port.in.RecordAccessUseCase;
import nl.wmokader.core.catalogue.domain.ExecutionVariant;
import nl.wmokader.core.catalogue.domain.ProductVersion;
import nl.wmokader.core.catalogue.port.in.FindProductQuery;
import nl.wmokader.core.catalogue.port.in.FindProductUseCase;
import nl.wmokader.core.indication.domain.Decision;
import nl.wmokader.core.indication.domain.Grant;
import nl.wmokader.core.indication.domain.Indication;
import nl.wmokader.core.indication.domain.IndicationId;
import nl.wmokader.core.indication.domain.IntakeDeadlines;
import nl.wmokader.core.indication.domain.Volume;
import nl.wmokader.core.indication.port.in.CompleteAssessmentCommand;
import nl.wmokader.core.indication.port.in.CompleteAssessmentUseCase;
import nl.wmokader.core.indication.port.in.DecideOnApplicationCommand;
import nl.wmokader.core.indication.port.in.DecideOnApplicationUseCase;
import nl.wmokader.core.indication.port.in.GrantTerms;
import nl.wmokader.core.indication.port.in.ReportNeedCommand;
import nl.wmokader.core.indication.port.in.ReportNeedUseCase;
import nl.wmokader.core.indication.port.in.SubmitApplicationCommand;
import nl.wmokader.core.indication.port.in.SubmitApplicationUseCase;
import nl.wmokader.core.indication.port.out.IndicationRepository;
import nl.wmokader.core.region.domain.Region;
import nl.wmokader.core.region.port.in.GetRegionUseCase;
import nl.wmokader.core.shared.AccessPolicy;
import nl.wmokader.core.shared.Actor;
import nl.wmokader.core.shared.CommonError;
import nl.wmokader.core.shared.DateRange;
import nl.wmokader.core.shared.DomainError;
import nl.wmokader.core.shared.ErrorKind;
import nl.wmokader.core.shared.FieldChecks;
import nl.wmokader.core.shared.IdGenerator;
import nl.wmokader.core.shared.MunicipalityCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Intake and decisions: report, assessment, application, decision. Order of checks: the actor's
 * role, the case (NotFound when not visible), all field errors at once, the aggregate's rules,
 * the save.
 */
public final class IntakeServices
    implements ReportNeedUseCase, CompleteAssessmentUseCase, SubmitApplicationUseCase, DecideOnApplicationUseCase {

  private static final Logger log = LoggerFactory.getLogger(IntakeServices.class);

  private final IndicationRepository indications;
  private final GetRegionUseCase region;
  private final FindProductUseCase products;
  private final IdGenerator ids;
  private final Clock clock;
  private final AccessPolicy access;
  private final RecordAccessUseCase records;
  private final IntakeDeadlines deadlines;

  public IntakeServices(IndicationRepository indications, GetRegionUseCase region, FindProductUseCase products,
      IdGenerator ids, Clock clock, IntakeDeadlines deadlines, AccessPolicy access, RecordAccessUseCase records) {
    this.access = requireNonNull(access, "access");
    this.records = requireNonNull(records, "records");
    this.indications = requireNonNull(indications, "indications");
    this.region = requireNonNull(region, "region");
    this.products = requireNonNull(products, "products");
    this.ids = requireNonNull(ids, "ids");
    this.clock = requireNonNull(clock, "clock");
    this.deadlines = requireNonNull(deadlines, "deadlines");
  }

  @Override
  public Either<DomainError, Indication> reportNeed(Actor actor, ReportNeedCommand command) {
    return Cases.requireStaff(access, actor, "report a need")
        .peek(ok -> requireNonNull(command, "command"))  // the actor first: a refused role never hears of its input
        .flatMap(ok -> region.getRegion(actor))
        .flatMap(r -> {
          FieldChecks fields = new FieldChecks();
          Cases.addErrors(fields, command.validated());
          Option<MunicipalityCode> attributedTo = orNone(command.attributedTo());
          checkParties(fields, r, command.responsibleMunicipality(), attributedTo);
          Cases.eventDate(fields, "reportedOn", command.reportedOn(), today());
          return fields.result(command);
        })
        .flatMap(cmd -> requireMayOpen(actor, cmd.responsibleMunicipality()))
        .map(ok -> Indication.reported(new IndicationId(ids.next()), command.client(),
            command.responsibleMunicipality(), orNone(command.attributedTo()), command.reportedOn()))
        .flatMap(i -> CaseAudit.stored(records, actor, AuditAction.CREATE, i, indications::save))
        .peekLeft(e -> log.debug("report rejected: {}", e.code()));
  }

  @Override
  public Either<DomainError, Indication> completeAssessment(Actor actor, CompleteAssessmentCommand command) {
    return Cases.requireStaff(access, actor, "complete an assessment")
        .peek(ok -> requireNonNull(command, "command"))
        .flatMap(ok -> Cases.loadChangeableIfGiven(access, records, indications, actor, command.indication()))
        .flatMap(i -> {
          FieldChecks fields = new FieldChecks();
          fields.required("indication", i.getOrNull());
          Cases.eventDate(fields, "assessedOn", command.assessedOn(), today());
          return fields.resultFrom(i::get);
        })
        .flatMap(i -> Either.<DomainError, Indication>narrow(i.completeAssessment(command.assessedOn())))
        .flatMap(i -> CaseAudit.stored(records, actor, AuditAction.CHANGE, i, indications::save))
        .peekLeft(e -> log.debug("assessment rejected: {}", e.code()));
  }

  @Override
  public Either<DomainError, Indication> submitApplication(Actor actor, SubmitApplicationCommand command) {
    Either<DomainError, Indication> result = Cases.requireStaff(access, actor, "submit an application")
        .peek(ok -> requireNonNull(command, "command"))
        .flatMap(ok -> orNone(command.indication()).isDefined()
            ? applyOnCase(actor, command)
            : applyWithoutReport(actor, command));
    return result
        .flatMap(i -> CaseAudit.stored(records, actor, orNone(command.indication()).isDefined() ? AuditAction.CHANGE
            : AuditAction.CREATE, i, indications::save))
        .peekLeft(e -> log.debug("application rejected: {}", e.code()));
  }

  private Either<DomainError, Indication> applyOnCase(Actor actor, SubmitApplicationCommand command) {
    return Cases.loadChangeable(access, records, indications, actor, command.indication().get())
        .flatMap(i -> {
          FieldChecks fields = new FieldChecks();
          Cases.addErrors(fields, command.validated());
          Cases.eventDate(fields, "appliedOn", command.appliedOn(), today());
          return fields.result(i);
        })
        .flatMap(i -> Either.narrow(i.submitApplication(command.appliedOn(), deadlines)));
  }

  private Either<DomainError, Indication> applyWithoutReport(Actor actor, SubmitApplicationCommand command) {
    return region.getRegion(actor)
        .flatMap(r -> {
          FieldChecks fields = new FieldChecks();
          Cases.addErrors(fields, command.validated());
          checkParties(fields, r, orNone(command.responsibleMunicipality()).getOrNull(), orNone(command.attributedTo()));
          Cases.eventDate(fields, "appliedOn", command.appliedOn(), today());
          return fields.result(command);
        })
        .flatMap(cmd -> requireMayOpen(actor, cmd.responsibleMunicipality().get()))
        .map(ok -> Indication.appliedWithoutReport(new IndicationId(ids.next()), command.client().get(),
            command.responsibleMunicipality().get(), orNone(command.attributedTo()), command.appliedOn()));
  }

  @Override
  public Either<DomainError, Indication> decideOnApplication(Actor actor, DecideOnApplicationCommand command) {
    return Cases.requireStaff(access, actor, "decide on an application")
        .peek(ok -> requireNonNull(command, "command"))
        .flatMap(ok -> Cases.loadChangeableIfGiven(access, records, indications, actor, command.indication()))
        .flatMap(i -> validateDecision(actor, i, command)
            .flatMap(decision -> Either.<DomainError, Indication>narrow(i.get().decide(decision))))
        .flatMap(i -> CaseAudit.stored(records, actor, AuditAction.CHANGE, i, indications::save))
        .peekLeft(e -> log.debug("decision rejected: {}", e.code()));
  }

  private Either<DomainError, Decision> validateDecision(Actor actor, Option<Indication> indication,
      DecideOnApplicationCommand c) {
    FieldChecks fields = new FieldChecks();
    fields.required("indication", indication.getOrNull());
    Cases.eventDate(fields, "decidedOn", c.decidedOn(), today());
    Cases.addErrors(fields, c.validated());
    Option<GrantTerms> grant = orNone(c.grant());
    Option<String> reason = orNone(c.refusalReason());
    if (grant.isDefined()) {
      Option<DomainError> failure = checkProduct(fields, actor, indication, grant.get());
      if (failure.isDefined()) {
        return Either.left(failure.get());
      }
    }
    return fields.resultFrom(() -> grant.isDefined()
        ? Decision.granted(c.decidedOn(), toGrant(grant.get()))
        : Decision.refused(c.decidedOn(), reason.get().strip()));
  }

  /**
   * Adds the field errors of the grant's product against the catalogue on its first day; answers a
   * catalogue failure other than "not found", which is no fault of the input.
   */
  private Option<DomainError> checkProduct(FieldChecks fields, Actor actor, Option<Indication> indication,
      GrantTerms g) {
    if (orNone(g.product()).isDefined() && g.validFrom() != null) {
      Either<DomainError, ProductVersion> found =
          products.findProduct(actor, new FindProductQuery(g.product().get(), g.validFrom()));
      if (found.isLeft()) {
        if (found.getLeft().kind() != ErrorKind.NOT_FOUND) {
          return Option.some(found.getLeft());
        }
        fields.add("grant.product", "unknown_on_start", "is not in the catalogue on validFrom");
      } else {
        ProductVersion p = found.get();
        fields.check(g.category() == null || p.category() == g.category(), "grant.category",
            "product_category_mismatch", "must be the product's category");
        fields.check(g.unit() == null || p.unit() == g.unit(), "grant.unit", "product_unit_mismatch", "must be the product's unit");
        fields.check(p.localTo().forAll(m -> indication.forAll(i -> m.equals(i.responsibleMunicipality()))), "grant.product",
            "local_to_other_municipality", "is a product of another municipality");
        // a task-based product buys a provider's task over a population: nobody is granted it (DOMAIN §4)
        fields.check(p.variant() != ExecutionVariant.TASK_BASED, "grant.product", "task_based",
            "is task-based: it has no client-level grants, assignments or claims");
      }
    }
    return Option.none();
  }

  private static Grant toGrant(GrantTerms g) {
    return Grant.builder()
        .category(g.category())
        .product(orNone(g.product()))
        .form(g.form())
        .volume(new Volume(g.quantity(), g.unit(), g.frequency()))
        .validity(DateRange.of(g.validFrom(), orNone(g.validUntil())))
        .goals(g.goals().map(String::strip))
        .evaluationDate(g.evaluationDate())
        .build();
  }

  /**
   * The parties of a new case in the region: a member responsible, and an attribution only on the
   * central member's case. That the responsible one is named at all is the command's own check.
   */
  private static void checkParties(FieldChecks fields, Region region, MunicipalityCode responsible,
      Option<MunicipalityCode> attributedTo) {
    if (responsible != null) {
      fields.check(region.isMember(responsible), "responsibleMunicipality", "not_a_member",
          "must be a member of the region");
      fields.check(attributedTo.isEmpty() || region.central().code().equals(responsible), "attributedTo",
          "only_for_central_municipality",
          "only on a sheltered-housing or shelter case of the central municipality");
    }
    fields.check(attributedTo.forAll(region::isMember), "attributedTo", "not_a_member", "must be a member of the region");
  }

  private static Either<DomainError, Actor> requireMayOpen(Actor actor, MunicipalityCode responsible) {
    return Cases.mayChange(actor, responsible)
        ? Either.right(actor)
        : Either.left(new CommonError.Forbidden("open a case another municipality is responsible for"));
  }

  private LocalDate today() {
    return LocalDate.now(clock);
  }

  private static <T> Option<T> orNone(Option<T> value) {
    return value == null ? Option.none() : value;
  }
}
