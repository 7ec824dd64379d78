package nl.wmokader.core.supervision.domain;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.LocalDate;
import nl.wmokader.core.contracting.domain.ClientStop;
import nl.wmokader.core.contracting.domain.ProviderDeliveryForm;
import nl.wmokader.core.shared.AgbCode;
import nl.wmokader.core.shared.DomainStyle;
import nl.wmokader.core.shared.MunicipalityCode;
import nl.wmokader.core.supervision.domain.Outcome.ImprovementPoint;
import nl.wmokader.core.supervision.domain.Outcome.NoFindings;
import org.immutables.value.Value;

/**
 * A supervision investigation (toezichtonderzoek) of one provider, on signals or chosen
 * proactively, into quality, lawfulness or both, of in-kind or personal-budget delivery (policy
 * framework §4.2 "Kwaliteit", §4.4 "Toezicht"): the aggregate root of supervision.
 *
 * <p>Steps, none skipped: {@link InvestigationStatus#OPENED opened} → {@link #startInvestigating
 * investigating} → {@link #draftReport draft report} → {@link #requestProviderResponse provider's
 * response} → {@link #finalReport final report} → {@link #startFollowUp follow-up} → {@link #close
 * closed}, which is final. Each step is dated the day it happens and not before the step it
 * follows; every other action is dated not before the current step's day either. Findings per norm
 * are recorded while investigating or in the draft report; outcomes only once the final report
 * exists; the member municipalities are informed of them (arrangement art. 9). Each formal measure
 * keeps the day it was decided and the day the provider reported it (DOMAIN.md §6).
 */
@Value.Immutable
@DomainStyle
public abstract class AbstractInvestigation {

  public abstract InvestigationId id();

  public abstract AgbCode provider();

  public abstract InvestigationTrigger trigger();

  public abstract InvestigationScope scope();

  /** The provider's delivery form the investigation examines. */
  public abstract ProviderDeliveryForm deliveryForm();

  public abstract LocalDate openedOn();

  @Value.Default
  public InvestigationStatus status() {
    return InvestigationStatus.OPENED;
  }

  /** The day the current step began. */
  public abstract LocalDate statusSince();

  /** The deadline for the provider's response to the draft report: set on entering {@link InvestigationStatus#PROVIDER_RESPONSE}. */
  @Value.Default
  public Option<LocalDate> responseDue() {
    return Option.none();
  }

  /** The day the final report was issued: when its findings count for the provider's year. */
  @Value.Default
  public Option<LocalDate> finalReportOn() {
    return Option.none();
  }

  /** At most one finding per norm, in the order the norms were first recorded. */
  @Value.Default
  public Seq<Finding> findings() {
    return List.empty();
  }

  /** In the order they were decided; an improvement point is addressed by its index here. */
  @Value.Default
  public Seq<Outcome> outcomes() {
    return List.empty();
  }

  /**
   * Per formal measure among the outcomes, in their order: the day it was decided and the day the
   * provider reported it. Improvement points and "no findings" are not measures and have none.
   */
  @Value.Default
  public Seq<MeasureRecord> measures() {
    return List.empty();
  }

  /** Who was informed of the outcome, and when. */
  @Value.Default
  public Seq<MemberInformed> informed() {
    return List.empty();
  }

  /** Optimistic-locking version: 0 before the first save. */
  @Value.Default
  public long version() {
    return 0;
  }

  @Value.Check
  void check() {
    require(!statusSince().isBefore(openedOn()), "a step does not precede the opening");
    require(status() != InvestigationStatus.OPENED || statusSince().equals(openedOn()), "opened on the opening day");
    require(responseDue().isDefined() == status().isAtLeast(InvestigationStatus.PROVIDER_RESPONSE),
        "a response deadline exactly from the provider's response on");
    require(finalReportOn().isDefined() == status().isAtLeast(InvestigationStatus.FINAL_REPORT),
        "the final report's day exactly from the final report on");
    require(findings().isEmpty() || status().isAtLeast(InvestigationStatus.INVESTIGATING), "findings once investigating");
    require(findings().map(Finding::normCode).distinct().size() == findings().size(), "one finding per norm");
    require(outcomes().isEmpty() || status().isAtLeast(InvestigationStatus.FINAL_REPORT), "outcomes once the final report exists");
    require(!status().isAtLeast(InvestigationStatus.FOLLOW_UP) || !outcomes().isEmpty(), "a follow-up has outcomes");
    require(!outcomes().exists(o -> o instanceof NoFindings) || outcomes().size() == 1, "no findings stands alone");
    require(informed().isEmpty() || !outcomes().isEmpty(), "informed of an outcome");
    require(measures().map(MeasureRecord::outcome).equals(outcomes().zipWithIndex().filter(t -> t._1.isMeasure())
        .map(t -> t._2)), "one measure record per formal measure, in order");
    require(measures().forAll(m -> finalReportOn().exists(f -> !m.decidedOn().isBefore(f))),
        "a measure is decided once the final report exists");
    require(measures().forAll(m -> m.reportedOn().forAll(r -> !r.isBefore(m.decidedOn()))),
        "a measure is reported not before it was decided");
    require(improvementPoints().forAll(p -> p.followedUpOn().isEmpty())
        || status().isAtLeast(InvestigationStatus.FOLLOW_UP), "followed up in the follow-up");
    require(status() != InvestigationStatus.CLOSED || openImprovementPoints() == 0, "closed with every point followed up");
    require(version() >= 0, "version >= 0");
  }

  private static void require(boolean invariant, String message) {
    if (!invariant) {
      throw new IllegalStateException(message);
    }
  }

  /** A new investigation, opened on {@code openedOn}. */
  public static Investigation opened(InvestigationId id, AgbCode provider, InvestigationTrigger trigger,
      InvestigationScope scope, ProviderDeliveryForm deliveryForm, LocalDate openedOn) {
    return Investigation.builder()
        .id(id)
        .provider(provider)
        .trigger(trigger)
        .scope(scope)
        .deliveryForm(deliveryForm)
        .openedOn(openedOn)
        .statusSince(openedOn)
        .build();
  }

  /** The improvement points among the outcomes. */
  public Seq<ImprovementPoint> improvementPoints() {
    return outcomes().filter(ImprovementPoint.class::isInstance).map(ImprovementPoint.class::cast);
  }

  /** The improvement points not followed up whose deadline passed before {@code today}. */
  public Seq<ImprovementPoint> overdueImprovementPoints(LocalDate today) {
    return improvementPoints().filter(p -> p.isOverdue(today));
  }

  /** OPENED → INVESTIGATING. */
  public Either<InvestigationError, Investigation> startInvestigating(LocalDate today) {
    return step(InvestigationStatus.INVESTIGATING, today, "start investigating")
        .map(ok -> rebuild(InvestigationStatus.INVESTIGATING, today, responseDue(), findings(), outcomes(), informed()));
  }

  /** INVESTIGATING → DRAFT_REPORT. */
  public Either<InvestigationError, Investigation> draftReport(LocalDate today) {
    return step(InvestigationStatus.DRAFT_REPORT, today, "draft the report")
        .map(ok -> rebuild(InvestigationStatus.DRAFT_REPORT, today, responseDue(), findings(), outcomes(), informed()));
  }

  /** DRAFT_REPORT → PROVIDER_RESPONSE: the provider may respond until {@code due}, not before today. */
  public Either<InvestigationError, Investigation> requestProviderResponse(LocalDate today, LocalDate due) {
    return step(InvestigationStatus.PROVIDER_RESPONSE, today, "request the provider's response")
        .flatMap(ok -> due.isBefore(today)
            ? Either.left(new InvestigationError.DateInPast(id(), "responseDue", due, today))
            : Either.right(rebuild(InvestigationStatus.PROVIDER_RESPONSE, today, Option.some(due), findings(),
                outcomes(), informed())));
  }

  /** PROVIDER_RESPONSE → FINAL_REPORT; the report may follow the response before its deadline. */
  public Either<InvestigationError, Investigation> finalReport(LocalDate today) {
    return step(InvestigationStatus.FINAL_REPORT, today, "issue the final report")
        .map(ok -> rebuild(InvestigationStatus.FINAL_REPORT, today, responseDue(), findings(), outcomes(), informed()));
  }

  /** FINAL_REPORT → FOLLOW_UP, once at least one outcome is decided. */
  public Either<InvestigationError, Investigation> startFollowUp(LocalDate today) {
    return step(InvestigationStatus.FOLLOW_UP, today, "start the follow-up")
        .flatMap(ok -> outcomes().isEmpty()
            ? Either.left(new InvestigationError.NoOutcome(id()))
            : Either.right(rebuild(InvestigationStatus.FOLLOW_UP, today, responseDue(), findings(), outcomes(),
                informed())));
  }

  /** FOLLOW_UP → CLOSED, once every improvement point is followed up. Final. */
  public Either<InvestigationError, Investigation> close(LocalDate today) {
    return step(InvestigationStatus.CLOSED, today, "close")
        .flatMap(ok -> openImprovementPoints() > 0
            ? Either.left(new InvestigationError.OpenImprovementPoints(id(), openImprovementPoints()))
            : Either.right(rebuild(InvestigationStatus.CLOSED, today, responseDue(), findings(), outcomes(),
                informed())));
  }

  /**
   * Records the verdict on one norm while investigating or in the draft report; a second finding
   * on the same norm revises the first (in its place).
   */
  public Either<InvestigationError, Investigation> recordFinding(Finding finding) {
    return inStep("record a finding", InvestigationStatus.INVESTIGATING, InvestigationStatus.DRAFT_REPORT)
        .map(ok -> {
          Option<Finding> earlier = findings().find(f -> f.normCode().equals(finding.normCode()));
          Seq<Finding> next = earlier.isDefined() ? findings().replace(earlier.get(), finding) : findings().append(finding);
          return rebuild(status(), statusSince(), responseDue(), next, outcomes(), informed());
        });
  }

  /**
   * Adds an outcome once the final report exists (in the final report or the follow-up). Deadlines
   * and start dates do not lie before today, recovered amounts are positive, one part per member;
   * "no findings" stands alone and follows no shortfall.
   */
  public Either<InvestigationError, Investigation> addOutcome(Outcome outcome, LocalDate today) {
    return inStep("add an outcome", InvestigationStatus.FINAL_REPORT, InvestigationStatus.FOLLOW_UP)
        .flatMap(ok -> notBeforeStep("outcome", today))
        .flatMap(ok -> validate(outcome, today))
        .flatMap(ok -> consistent(outcome))
        .map(ok -> rebuild(status(), statusSince(), responseDue(), findings(), outcomes().append(outcome), informed(),
            outcome.isMeasure() ? measures().append(MeasureRecord.decided(outcomes().size(), today)) : measures()));
  }

  /**
   * Records that the provider reported the formal measure at {@code index} of {@link #outcomes()}
   * on {@code on}: once, not before the measure was decided. The day is a fact of the provider's,
   * possibly recorded later, so it is bound by the decision rather than by the current step; a
   * closed investigation, final, takes no report.
   */
  public Either<InvestigationError, Investigation> measureReported(int index, LocalDate on) {
    return inStep("record the provider's report of a measure", InvestigationStatus.FINAL_REPORT,
        InvestigationStatus.FOLLOW_UP)
        .flatMap(ok -> measures().zipWithIndex().find(t -> t._1.outcome() == index)
            .toEither(() -> (InvestigationError) new InvestigationError.NoSuchMeasure(id(), index)))
        .flatMap(t -> t._1.reportedOn().isDefined()
            ? Either.left(new InvestigationError.MeasureAlreadyReported(id(), index, t._1.reportedOn().get()))
            : on.isBefore(t._1.decidedOn())
                ? Either.left(new InvestigationError.ReportedBeforeDecision(id(), index, on, t._1.decidedOn()))
                : Either.right(rebuild(status(), statusSince(), responseDue(), findings(), outcomes(), informed(),
                    measures().update(t._2, t._1.reported(on)))));
  }

  /** Records that the improvement point at {@code index} of {@link #outcomes()} was followed up today, in the follow-up. */
  public Either<InvestigationError, Investigation> followUp(int index, LocalDate today) {
    return inStep("follow up an improvement point", InvestigationStatus.FOLLOW_UP)
        .flatMap(ok -> notBeforeStep("follow-up", today))
        .flatMap(ok -> index >= 0 && index < outcomes().size() && outcomes().get(index) instanceof ImprovementPoint
            ? Either.<InvestigationError, ImprovementPoint>right((ImprovementPoint) outcomes().get(index))
            : Either.left(new InvestigationError.NoSuchImprovementPoint(id(), index)))
        .flatMap(point -> point.followedUpOn().isDefined()
            ? Either.left(new InvestigationError.AlreadyFollowedUp(id(), index, point.followedUpOn().get()))
            : Either.right(rebuild(status(), statusSince(), responseDue(), findings(),
                outcomes().update(index, point.followedUp(today)), informed())));
  }

  /** Records that {@code members} were informed of the outcome on {@code on} (arrangement art. 9); only once there is one. */
  public Either<InvestigationError, Investigation> inform(Seq<MunicipalityCode> members, LocalDate on) {
    return inStep("inform the members", InvestigationStatus.FINAL_REPORT, InvestigationStatus.FOLLOW_UP)
        .flatMap(ok -> notBeforeStep("informing", on))
        .flatMap(ok -> outcomes().isEmpty()
            ? Either.left(new InvestigationError.NoOutcome(id()))
            : members.isEmpty()
                ? Either.left(new InvestigationError.NoMembers(id()))
                : Either.right(rebuild(status(), statusSince(), responseDue(), findings(), outcomes(),
                    informed().appendAll(members.distinct().map(m -> new MemberInformed(m, on))))));
  }

  private int openImprovementPoints() {
    return improvementPoints().count(p -> p.followedUpOn().isEmpty());
  }

  /** The one rule of every transition: closed is final, the target is the next step, not dated before this one. */
  private Either<InvestigationError, Boolean> step(InvestigationStatus target, LocalDate today, String action) {
    if (status() == InvestigationStatus.CLOSED) {
      return Either.left(new InvestigationError.Closed(id()));
    }
    if (!status().next().contains(target)) {
      return Either.left(new InvestigationError.NotInStep(id(), status(), action));
    }
    return notBeforeStep(action, today);
  }

  private Either<InvestigationError, Boolean> inStep(String action, InvestigationStatus... allowed) {
    if (status() == InvestigationStatus.CLOSED) {
      return Either.left(new InvestigationError.Closed(id()));
    }
    return List.of(allowed).contains(status())
        ? Either.right(true)
        : Either.left(new InvestigationError.NotInStep(id(), status(), action));
  }

  private Either<InvestigationError, Boolean> notBeforeStep(String action, LocalDate today) {
    return today.isBefore(statusSince())
        ? Either.left(new InvestigationError.BeforePreviousStep(id(), action, today, statusSince()))
        : Either.right(true);
  }

  private Either<InvestigationError, Boolean> validate(Outcome outcome, LocalDate today) {
    if (outcome instanceof ImprovementPoint) {
      ImprovementPoint p = (ImprovementPoint) outcome;
      if (p.followedUpOn().isDefined()) {
        return Either.left(new InvestigationError.InvalidOutcome(id(), "a new improvement point is not followed up yet"));
      }
      return notInPast("deadline", p.deadline(), today);
    }
    if (outcome instanceof Outcome.Instruction) {
      return notInPast("deadline", ((Outcome.Instruction) outcome).deadline(), today);
    }
    if (outcome instanceof Outcome.ClientStop) {
      Outcome.ClientStop s = (Outcome.ClientStop) outcome;
      return period(s.from(), s.until(), today);
    }
    if (outcome instanceof Outcome.ContractSuspension) {
      Outcome.ContractSuspension s = (Outcome.ContractSuspension) outcome;
      return period(s.from(), s.until(), today);
    }
    if (outcome instanceof Outcome.ContractTermination) {
      return notInPast("from", ((Outcome.ContractTermination) outcome).from(), today);
    }
    if (outcome instanceof Outcome.Recovery) {
      Seq<Outcome.Recovery.Part> parts = ((Outcome.Recovery) outcome).parts();
      if (parts.isEmpty()) {
        return Either.left(new InvestigationError.InvalidOutcome(id(), "a recovery has at least one part"));
      }
      Option<Outcome.Recovery.Part> notPositive = parts.find(p -> !p.amount().isPositive());
      if (notPositive.isDefined()) {
        return Either.left(new InvestigationError.AmountNotPositive(id(), notPositive.get().member()));
      }
      if (parts.map(Outcome.Recovery.Part::member).distinct().size() < parts.size()) {
        return Either.left(new InvestigationError.InvalidOutcome(id(), "one recovery part per member municipality"));
      }
    }
    return Either.right(true);
  }

  private Either<InvestigationError, Boolean> period(LocalDate from, Option<LocalDate> until, LocalDate today) {
    if (until.exists(u -> u.isBefore(from))) {
      return Either.left(new InvestigationError.InvalidOutcome(id(), "a measure ends after it begins"));
    }
    return notInPast("from", from, today);
  }

  private Either<InvestigationError, Boolean> notInPast(String field, LocalDate date, LocalDate today) {
    return date.isBefore(today)
        ? Either.left(new InvestigationError.DateInPast(id(), field, date, today))
        : Either.right(true);
  }

  private Either<InvestigationError, Boolean> consistent(Outcome outcome) {
    if (outcomes().exists(o -> o instanceof NoFindings)) {
      return Either.left(new InvestigationError.ContradictoryOutcome(id(), "the report found nothing to remark"));
    }
    if (outcome instanceof NoFindings && !outcomes().isEmpty()) {
      return Either.left(new InvestigationError.ContradictoryOutcome(id(), "other outcomes were decided"));
    }
    if (outcome instanceof NoFindings && findings().exists(f -> f.verdict().isShortfall())) {
      return Either.left(new InvestigationError.ContradictoryOutcome(id(), "a norm is not (fully) met"));
    }
    return Either.right(true);
  }

  /** A copy with another lifecycle, checked once as a whole (each {@code withX} would check alone). */
  private Investigation rebuild(InvestigationStatus status, LocalDate since, Option<LocalDate> responseDue,
      Seq<Finding> findings, Seq<Outcome> outcomes, Seq<MemberInformed> informed) {
    return rebuild(status, since, responseDue, findings, outcomes, informed, measures());
  }

  private Investigation rebuild(InvestigationStatus status, LocalDate since, Option<LocalDate> responseDue,
      Seq<Finding> findings, Seq<Outcome> outcomes, Seq<MemberInformed> informed, Seq<MeasureRecord> measures) {
    return Investigation.builder()
        .id(id())
        .provider(provider())
        .trigger(trigger())
        .scope(scope())
        .deliveryForm(deliveryForm())
        .openedOn(openedOn())
        .status(status)
        .statusSince(since)
        .responseDue(responseDue)
        // the final report's day is set by the step to FINAL_REPORT (its "since") and kept after it
        .finalReportOn(status.isAtLeast(InvestigationStatus.FINAL_REPORT) ? finalReportOn().orElse(Option.some(since))
            : Option.none())
        .findings(findings)
        .outcomes(outcomes)
        .informed(informed)
        .measures(measures)
        .version(version())
        .build();
  }
}
