package nl.wmokader.core.monitoring.domain;

import static java.util.Objects.requireNonNull;

import java.util.UUID;
import nl.wmokader.core.shared.DomainError;
import nl.wmokader.core.shared.ErrorKind;

/** What the client experience survey refuses. */
public sealed interface SurveyError extends DomainError {

  /** The invitation was answered already: a client answers once. */
  record AlreadyAnswered(InvitationId invitation) implements SurveyError {
    public AlreadyAnswered {
      requireNonNull(invitation, "invitation");
    }

    @Override
    public ErrorKind kind() {
      return ErrorKind.CONFLICT;
    }

    @Override
    public String message() {
      return "the invitation was answered already";
    }
  }

  /** The case has no decision yet: an invitation follows the decision. */
  record NotDecided(UUID indication) implements SurveyError {
    @Override
    public ErrorKind kind() {
      return ErrorKind.REJECTED;
    }

    @Override
    public String message() {
      return "case " + indication + " has no decision yet";
    }
  }

  /**
   * The assignment's support has not ended in a way that is asked about: delivery has not stopped,
   * it was replaced by a new assignment (a change of volume), or the client died.
   */
  record NotEnded(UUID assignment, String why) implements SurveyError {
    @Override
    public ErrorKind kind() {
      return ErrorKind.REJECTED;
    }

    @Override
    public String message() {
      return "assignment " + assignment + ": " + why;
    }
  }

  /** This installation keeps no survey: the facade was given no store for it. */
  record NotKept() implements SurveyError {
    @Override
    public ErrorKind kind() {
      return ErrorKind.REJECTED;
    }

    @Override
    public String message() {
      return "this installation keeps no client experience survey (no survey store was given)";
    }
  }
}
