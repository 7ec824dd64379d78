package nl.wmokader.core.monitoring.domain;

import static java.util.Objects.requireNonNull;

import io.vavr.control.Either;
import java.time.LocalDate;

/**
 * An invitation to the client experience survey, after a decision or an ended support: its token,
 * what it follows, the profile its response will be counted under, and whether it was answered. It
 * holds no BSN: the embedder that invites knows whom (it just decided the case), and the source
 * leads back to the case for whoever may see it.
 */
public record Invitation(InvitationId id, InvitationSource source, Profile profile, LocalDate invitedOn,
                         boolean answered, long version) {
  public Invitation {
    requireNonNull(id, "id");
    requireNonNull(source, "source");
    requireNonNull(profile, "profile");
    requireNonNull(invitedOn, "invitedOn");
    if (version < 0) {
      throw new IllegalArgumentException("version >= 0");
    }
    if ((source.kind() == InvitationSource.Kind.ENDED_SUPPORT) != (profile.occasion() == Occasion.SUPPORT_ENDED)) {
      throw new IllegalArgumentException("an ended support, and only that, is invited as SUPPORT_ENDED");
    }
  }

  /** A new, unanswered invitation (version 0: not stored yet). */
  public static Invitation of(InvitationId id, InvitationSource source, Profile profile, LocalDate invitedOn) {
    return new Invitation(id, source, profile, invitedOn, false, 0);
  }

  /** This invitation answered; an invitation is answered once. */
  public Either<SurveyError, Invitation> answer() {
    return answered
        ? Either.left(new SurveyError.AlreadyAnswered(id))
        : Either.right(new Invitation(id, source, profile, invitedOn, true, version));
  }

  public Invitation withVersion(long newVersion) {
    return new Invitation(id, source, profile, invitedOn, answered, newVersion);
  }
}
