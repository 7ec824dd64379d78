package nl.wmokader.core.monitoring.domain;

import io.vavr.control.Either;
import io.vavr.control.Option;
import nl.wmokader.core.indication.domain.Assignment;
import nl.wmokader.core.indication.domain.AssignmentStatus;
import nl.wmokader.core.indication.domain.DeliveryForm;
import nl.wmokader.core.indication.domain.Grant;
import nl.wmokader.core.indication.domain.Indication;
import nl.wmokader.core.indication.domain.StopReason;
import nl.wmokader.core.shared.MunicipalityCode;

/**
 * Which decisions and ended supports a client is invited after, and the profile the invitation
 * carries: read from indication's model, never supplied by the inviter (who supplies the age band
 * only, which the model does not hold).
 */
public final class Occasions {
  private Occasions() {}

  /** Every decision, granted or refused: the profile of its client; {@code NotDecided} before it. */
  public static Either<SurveyError, Profile> afterDecision(Indication indication, AgeBand ageBand) {
    if (indication.decision().isEmpty()) {
      return Either.left(new SurveyError.NotDecided(indication.id().value()));
    }
    Option<Grant> grant = indication.grant();
    return Either.right(new Profile(member(indication.responsibleMunicipality(), indication.attributedTo()),
        grant.map(Grant::category), grant.map(Grant::form), ageBand,
        grant.isDefined() ? Occasion.GRANTED : Occasion.REFUSED));
  }

  /**
   * An assignment whose delivery the provider stopped (iWmo 307), in kind by its nature: the profile
   * of its client. Not after a stop for a change (a new assignment follows), not after the client's
   * death, and not for an assignment that was ended to be replaced (a change of volume), deleted, or
   * is still running: {@code NotEnded}. A personal budget has no assignment and no reported end: its
   * end is not asked about (the model does not record it).
   */
  public static Either<SurveyError, Profile> afterEndedSupport(Assignment assignment, AgeBand ageBand) {
    if (assignment.status() != AssignmentStatus.STOPPED) {
      return Either.left(new SurveyError.NotEnded(assignment.id().value(), assignment.status() == AssignmentStatus.ENDED
          ? "it was replaced by a new assignment" : "its delivery has not stopped (" + assignment.status() + ")"));
    }
    StopReason reason = assignment.stop().get().reason();
    if (reason == StopReason.DECEASED) {
      return Either.left(new SurveyError.NotEnded(assignment.id().value(), "the client died"));
    }
    if (reason == StopReason.CHANGE_REQUEST) {
      return Either.left(new SurveyError.NotEnded(assignment.id().value(), "it stopped for a change, a new assignment follows"));
    }
    return Either.right(new Profile(member(assignment.responsibleMunicipality(), assignment.attributedTo()),
        Option.some(assignment.category()), Option.some(DeliveryForm.IN_KIND), ageBand, Occasion.SUPPORT_ENDED));
  }

  /** The member whose resident the client is: for sheltered housing and shelter, the municipality of origin. */
  private static MunicipalityCode member(MunicipalityCode responsible, Option<MunicipalityCode> attributedTo) {
    return attributedTo.getOrElse(responsible);
  }
}
