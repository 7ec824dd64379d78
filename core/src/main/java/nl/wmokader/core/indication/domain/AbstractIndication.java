package nl.wmokader.core.indication.domain;

import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.LocalDate;
import nl.wmokader.core.shared.Bsn;
import nl.wmokader.core.shared.DomainStyle;
import nl.wmokader.core.shared.MunicipalityCode;
import org.immutables.value.Value;

/**
 * A resident's case from report (melding) to decision (beschikking) and the objection against it:
 * the aggregate root of intake and decisions. The responsible municipality is where the client
 * lives; sheltered housing and shelter are decided by the central municipality and attributed to
 * the municipality of origin.
 *
 * <p>Steps: {@link #reported report} → {@link #completeAssessment assessment} →
 * {@link #submitApplication application} → {@link #decide decision} → {@link #fileObjection
 * objection} → {@link #decideObjection decision on it}. An application may come without a prior
 * report: following the Central Appeals Tribunal, it then counts as the report as well, and the case
 * starts at APPLIED with {@link #applicationWithoutReport()} set and no assessment term. On a
 * reported case the client may apply after the assessment, or once the assessment is overdue
 * (Wmo 2015 art. 2.3.5); after the application no assessment is recorded any more.
 */
@Value.Immutable
@DomainStyle
public abstract class AbstractIndication {

  public abstract IndicationId id();

  /** Personal data: never logged. */
  public abstract Bsn client();

  public abstract MunicipalityCode responsibleMunicipality();

  /** For sheltered housing and shelter: the municipality of origin the costs are attributed to. */
  @Value.Default
  public Option<MunicipalityCode> attributedTo() {
    return Option.none();
  }

  /** The report date; for a case that began with an application, the application date. */
  public abstract LocalDate reportedOn();

  /** Whether the case began with an application rather than a report (then no assessment term ran). */
  @Value.Default
  public boolean applicationWithoutReport() {
    return false;
  }

  @Value.Default
  public Option<LocalDate> assessedOn() {
    return Option.none();
  }

  @Value.Default
  public Option<LocalDate> appliedOn() {
    return Option.none();
  }

  @Value.Default
  public Option<Decision> decision() {
    return Option.none();
  }

  /** The objection against the decision, if one was filed. */
  @Value.Default
  public Option<Objection> objection() {
    return Option.none();
  }

  /** Optimistic-locking version: 0 before the first save. */
  @Value.Default
  public long version() {
    return 0;
  }

  @Value.Check
  void check() {
    if (objection().isDefined() && decision().isEmpty()) {
      throw new IllegalStateException("an objection needs a decision");
    }
    if (applicationWithoutReport() && !appliedOn().contains(reportedOn())) {
      throw new IllegalStateException("an application without report is dated on the report date");
    }
    if (applicationWithoutReport() && assessedOn().isDefined()) {
      throw new IllegalStateException("an application without report has no assessment");
    }
  }

  /** A new case opened by a report (melding). */
  public static Indication reported(IndicationId id, Bsn client, MunicipalityCode responsible,
      Option<MunicipalityCode> attributedTo, LocalDate reportedOn) {
    return Indication.builder()
        .id(id)
        .client(client)
        .responsibleMunicipality(responsible)
        .attributedTo(attributedTo)
        .reportedOn(reportedOn)
        .build();
  }

  /** A new case opened by an application without a prior report; it counts as the report too. */
  public static Indication appliedWithoutReport(IndicationId id, Bsn client, MunicipalityCode responsible,
      Option<MunicipalityCode> attributedTo, LocalDate appliedOn) {
    return Indication.builder()
        .id(id)
        .client(client)
        .responsibleMunicipality(responsible)
        .attributedTo(attributedTo)
        .reportedOn(appliedOn)
        .applicationWithoutReport(true)
        .appliedOn(Option.some(appliedOn))
        .build();
  }

  /** The grant, when the decision granted. */
  public Option<Grant> grant() {
    return decision().flatMap(Decision::grant);
  }

  /** Derived from the steps recorded. */
  public IndicationStatus status() {
    if (decision().isDefined()) {
      return decision().get().isGrant() ? IndicationStatus.GRANTED : IndicationStatus.REFUSED;
    }
    if (appliedOn().isDefined()) {
      return IndicationStatus.APPLIED;
    }
    return assessedOn().isDefined() ? IndicationStatus.ASSESSED : IndicationStatus.REPORTED;
  }

  /** Records the completed assessment (onderzoek); only on a reported case, not before the report. */
  public Either<IndicationError, Indication> completeAssessment(LocalDate on) {
    if (status() != IndicationStatus.REPORTED) {
      return Either.left(new IndicationError.NotInStep(id(), status(), "complete the assessment"));
    }
    if (on.isBefore(reportedOn())) {
      return Either.left(new IndicationError.BeforePreviousStep(id(), "assessment", on, reportedOn()));
    }
    return Either.right(self().withAssessedOn(Option.some(on)));
  }

  /**
   * Records the application (aanvraag): after the assessment, or on a reported case once the
   * assessment term has passed.
   */
  public Either<IndicationError, Indication> submitApplication(LocalDate on, IntakeDeadlines deadlines) {
    switch (status()) {
      case ASSESSED:
        if (on.isBefore(assessedOn().get())) {
          return Either.left(new IndicationError.BeforePreviousStep(id(), "application", on, assessedOn().get()));
        }
        return Either.right(self().withAppliedOn(Option.some(on)));
      case REPORTED:
        LocalDate due = deadlines.assessmentDue(self()).get();
        if (!on.isAfter(due)) {
          return Either.left(new IndicationError.AssessmentStillDue(id(), due));
        }
        return Either.right(self().withAppliedOn(Option.some(on)));
      default:
        return Either.left(new IndicationError.NotInStep(id(), status(), "submit an application"));
    }
  }

  /**
   * Records the decision on the application. A grant of sheltered housing or shelter needs a case
   * attributed to a municipality of origin; any other category a case without attribution.
   */
  public Either<IndicationError, Indication> decide(Decision decision) {
    if (decision().isDefined()) {
      return Either.left(new IndicationError.AlreadyDecided(id()));
    }
    if (status() != IndicationStatus.APPLIED) {
      return Either.left(new IndicationError.NotInStep(id(), status(), "decide"));
    }
    if (decision.decidedOn().isBefore(appliedOn().get())) {
      return Either.left(new IndicationError.BeforePreviousStep(id(), "decision", decision.decidedOn(), appliedOn().get()));
    }
    if (decision.grant().exists(g -> g.category().isShelteredHousingOrShelter() != attributedTo().isDefined())) {
      return Either.left(new IndicationError.CategoryNotForCase(id(), decision.grant().get().category()));
    }
    return Either.right(self().withDecision(Option.some(decision)));
  }

  /** Records an objection (bezwaar) against the decision; one filed after the objection term is marked late. */
  public Either<IndicationError, Indication> fileObjection(LocalDate on, IntakeDeadlines deadlines) {
    if (decision().isEmpty()) {
      return Either.left(new IndicationError.ObjectionWithoutDecision(id()));
    }
    if (objection().isDefined()) {
      return Either.left(new IndicationError.ObjectionAlreadyFiled(id()));
    }
    LocalDate decidedOn = decision().get().decidedOn();
    if (on.isBefore(decidedOn)) {
      return Either.left(new IndicationError.BeforePreviousStep(id(), "objection", on, decidedOn));
    }
    boolean late = on.isAfter(deadlines.objectionWindowEnd(decidedOn));
    return Either.right(self().withObjection(Option.some(Objection.filed(on, late))));
  }

  /** Records the decision on the filed objection. */
  public Either<IndicationError, Indication> decideObjection(ObjectionOutcome outcome, LocalDate on) {
    if (objection().isEmpty()) {
      return Either.left(new IndicationError.NoObjection(id()));
    }
    Objection filed = objection().get();
    if (filed.isDecided()) {
      return Either.left(new IndicationError.ObjectionAlreadyDecided(id()));
    }
    if (on.isBefore(filed.filedOn())) {
      return Either.left(new IndicationError.BeforePreviousStep(id(), "decision on the objection", on, filed.filedOn()));
    }
    return Either.right(self().withObjection(Option.some(filed.decided(outcome, on))));
  }

  private Indication self() {
    return Indication.copyOf(this);
  }
}
