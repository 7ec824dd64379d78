package nl.wmokader.core.monitoring.port.in;

import static java.util.Objects.requireNonNull;

import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.Map;
import io.vavr.control.Either;
import java.util.UUID;
import nl.wmokader.core.monitoring.domain.InvitationId;
import nl.wmokader.core.shared.DomainError;
import nl.wmokader.core.shared.FieldChecks;

/**
 * A client's answers to the invitation {@code invitation} (the token), raw by question code: a
 * statement's {@code 1}..{@code 5} or {@code nvt}, an open question's text. The use case checks them
 * against the questionnaire (the second round).
 */
public record AnswerSurveyCommand(InvitationId invitation, Map<String, String> answers) {
  public AnswerSurveyCommand {
    requireNonNull(invitation, "invitation");
    requireNonNull(answers, "answers");
  }

  /** From raw values: the token (a UUID) and the answers; or every missing and malformed field. */
  public static Either<DomainError, AnswerSurveyCommand> read(String invitation, java.util.Map<String, String> answers) {
    FieldChecks check = new FieldChecks();
    UUID token = check.uuid("invitation", invitation);
    check.required("answers", answers);
    return check.resultFrom(() -> new AnswerSurveyCommand(new InvitationId(token), LinkedHashMap.ofAll(answers)));
  }
}
