package nl.wmokader.core.indication.application;

import static java.util.Objects.requireNonNull;

import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Clock;
import java.time.LocalDate;
import nl.wmokader.core.catalogue.domain.Frequency;
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
import nl.wmokader.core.shared.Bsn;
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

  static final int MAX_TEXT = 2000;
  static final int MAX_GOALS = 50;

  private final IndicationRepository indications;
  private final GetRegionUseCase region;
  private final FindProductUseCase products;
  private final IdGenerator ids;
  private final Clock clock;
  private final AccessPolicy access;
  private final IntakeDeadlines deadlines;

  public IntakeServices(IndicationRepository indications, GetRegionUseCase region, FindProductUseCase products,
      IdGenerator ids, Clock clock, IntakeDeadlines deadlines, AccessPolicy access) {
    this.access = requireNonNull(access, "access");
    this.indications = requireNonNull(indications, "indications");
    this.region = requireNonNull(region, "region");
    this.products = requireNonNull(products, "products");
    this.ids = requireNonNull(ids, "ids");
    this.clock = requireNonNull(clock, "clock");
    this.deadlines = requireNonNull(deadlines, "deadlines");
  }

  @Override
  public Either<DomainError, Indication> reportNeed(Actor actor, ReportNeedCommand command) {
    requireNonNull(command, "command");
    return Cases.requireStaff(access, actor, "report a need")
        .flatMap(ok -> region.getRegion(actor))
        .flatMap(r -> {
          FieldChecks fields = new FieldChecks();
          fields.required("client", command.client());
          Option<MunicipalityCode> attributedTo = orNone(command.attributedTo());
          checkParties(fields, r, command.responsibleMunicipality(), attributedTo);
          Cases.eventDate(fields, "reportedOn", command.reportedOn(), today());
          return fields.result(command);
        })
        .flatMap(cmd -> requireMayOpen(actor, cmd.responsibleMunicipality()))
        .map(ok -> Indication.reported(new IndicationId(ids.next()), command.client(),
            command.responsibleMunicipality(), orNone(command.attributedTo()), command.reportedOn()))
        .flatMap(indications::save)
        .peekLeft(e -> log.debug("report rejected: {}", e.code()));
  }

  @Override
  public Either<DomainError, Indication> completeAssessment(Actor actor, CompleteAssessmentCommand command) {
    requireNonNull(command, "command");
    return Cases.requireStaff(access, actor, "complete an assessment")
        .flatMap(ok -> Cases.loadChangeableIfGiven(access, indications, actor, command.indication()))
        .flatMap(i -> {
          FieldChecks fields = new FieldChecks();
          fields.required("indication", i.getOrNull());
          Cases.eventDate(fields, "assessedOn", command.assessedOn(), today());
          return fields.resultFrom(i::get);
        })
        .flatMap(i -> Either.<DomainError, Indication>narrow(i.completeAssessment(command.assessedOn())))
        .flatMap(indications::save)
        .peekLeft(e -> log.debug("assessment rejected: {}", e.code()));
  }

  @Override
  public Either<DomainError, Indication> submitApplication(Actor actor, SubmitApplicationCommand command) {
    requireNonNull(command, "command");
    Either<DomainError, Indication> result = Cases.requireStaff(access, actor, "submit an application")
        .flatMap(ok -> orNone(command.indication()).isDefined()
            ? applyOnCase(actor, command)
            : applyWithoutReport(actor, command));
    return result.flatMap(indications::save)
        .peekLeft(e -> log.debug("application rejected: {}", e.code()));
  }

  private Either<DomainError, Indication> applyOnCase(Actor actor, SubmitApplicationCommand command) {
    return Cases.loadChangeable(access, indications, actor, command.indication().get())
        .flatMap(i -> {
          FieldChecks fields = new FieldChecks();
          fields.check(orNone(command.client()).isEmpty(), "client", "with_indication", "must be absent for an existing case");
          fields.check(orNone(command.responsibleMunicipality()).isEmpty(), "responsibleMunicipality", "with_indication",
              "must be absent for an existing case");
          fields.check(orNone(command.attributedTo()).isEmpty(), "attributedTo", "with_indication",
              "must be absent for an existing case");
          Cases.eventDate(fields, "appliedOn", command.appliedOn(), today());
          return fields.result(i);
        })
        .flatMap(i -> Either.narrow(i.submitApplication(command.appliedOn(), deadlines)));
  }

  private Either<DomainError, Indication> applyWithoutReport(Actor actor, SubmitApplicationCommand command) {
    return region.getRegion(actor)
        .flatMap(r -> {
          FieldChecks fields = new FieldChecks();
          Option<Bsn> client = orNone(command.client());
          Option<MunicipalityCode> responsible = orNone(command.responsibleMunicipality());
          fields.check(client.isDefined(), "client", "required", "is required without an indication");
          checkParties(fields, r, responsible.getOrNull(), orNone(command.attributedTo()));
          Cases.eventDate(fields, "appliedOn", command.appliedOn(), today());
          return fields.result(command);
        })
        .flatMap(cmd -> requireMayOpen(actor, cmd.responsibleMunicipality().get()))
        .map(ok -> Indication.appliedWithoutReport(new IndicationId(ids.next()), command.client().get(),
            command.responsibleMunicipality().get(), orNone(command.attributedTo()), command.appliedOn()));
  }

  @Override
  public Either<DomainError, Indication> decideOnApplication(Actor actor, DecideOnApplicationCommand command) {
    requireNonNull(command, "command");
    return Cases.requireStaff(access, actor, "decide on an application")
        .flatMap(ok -> Cases.loadChangeableIfGiven(access, indications, actor, command.indication()))
        .flatMap(i -> validateDecision(actor, i, command)
            .flatMap(decision -> Either.<DomainError, Indication>narrow(i.get().decide(decision))))
        .flatMap(indications::save)
        .peekLeft(e -> log.debug("decision rejected: {}", e.code()));
  }

  private Either<DomainError, Decision> validateDecision(Actor actor, Option<Indication> indication,
      DecideOnApplicationCommand c) {
    FieldChecks fields = new FieldChecks();
    fields.required("indication", indication.getOrNull());
    Cases.eventDate(fields, "decidedOn", c.decidedOn(), today());
    Option<GrantTerms> grant = orNone(c.grant());
    Option<String> reason = orNone(c.refusalReason());
    if (grant.isDefined() == reason.isDefined()) {
      fields.add("grant", "grant_or_refusal", "exactly one of grant and refusalReason");
    }
    reason.forEach(r -> fields
        .check(!r.isBlank(), "refusalReason", "blank", "must not be blank")
        .check(r.length() <= MAX_TEXT, "refusalReason", "too_long", "at most " + MAX_TEXT + " characters"));
    if (grant.isDefined()) {
      Option<DomainError> failure = checkGrant(fields, actor, indication, grant.get());
      if (failure.isDefined()) {
        return Either.left(failure.get());
      }
    }
    return fields.resultFrom(() -> grant.isDefined()
        ? Decision.granted(c.decidedOn(), toGrant(grant.get()))
        : Decision.refused(c.decidedOn(), reason.get().strip()));
  }

  /**
   * Adds the grant's field errors; answers a catalogue failure other than "not found", which is no
   * fault of the input.
   */
  private Option<DomainError> checkGrant(FieldChecks fields, Actor actor, Option<Indication> indication,
      GrantTerms g) {
    fields.required("grant.category", g.category());
    fields.required("grant.form", g.form());
    fields.check(g.quantity() > 0, "grant.quantity", "not_positive", "must be positive");
    boolean unit = fields.required("grant.unit", g.unit());
    boolean frequency = fields.required("grant.frequency", g.frequency());
    boolean start = fields.required("grant.validFrom", g.validFrom());
    Option<LocalDate> until = orNone(g.validUntil());
    if (start) {
      fields.check(until.forAll(u -> !u.isBefore(g.validFrom())), "grant.validUntil", "before_start",
          "must not lie before validFrom");
    }
    if (frequency) {
      fields.check(g.frequency() != Frequency.PER_WEEK || until.isDefined(), "grant.validUntil",
          "required_for_weekly", "is required for a weekly volume");
    }
    if (fields.required("grant.evaluationDate", g.evaluationDate()) && start) {
      fields.check(!g.evaluationDate().isBefore(g.validFrom()), "grant.evaluationDate", "before_validity_start",
          "must not lie before validFrom");
    }
    Seq<String> goals = g.goals() == null ? io.vavr.collection.List.empty() : g.goals();
    fields.check(!goals.isEmpty(), "grant.goals", "required", "at least one result to reach");
    fields.check(goals.size() <= MAX_GOALS, "grant.goals", "too_many", "at most " + MAX_GOALS);
    fields.check(goals.forAll(s -> s != null && !s.isBlank()), "grant.goals", "blank", "must not be blank");
    fields.check(goals.forAll(s -> s == null || s.length() <= MAX_TEXT), "grant.goals", "too_long",
        "at most " + MAX_TEXT + " characters each");

    if (orNone(g.product()).isDefined() && start) {
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
        fields.check(!unit || p.unit() == g.unit(), "grant.unit", "product_unit_mismatch", "must be the product's unit");
        fields.check(p.localTo().forAll(m -> indication.forAll(i -> m.equals(i.responsibleMunicipality()))), "grant.product",
            "local_to_other_municipality", "is a product of another municipality");
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

  /** The parties of a new case: a member responsible, and an attribution only on the central member's case. */
  private static void checkParties(FieldChecks fields, Region region, MunicipalityCode responsible,
      Option<MunicipalityCode> attributedTo) {
    if (fields.required("responsibleMunicipality", responsible)) {
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
