package nl.wmokader.adapters.rest.monitoring;

import io.vavr.control.Either;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.wmokader.adapters.rest.ApiRequest;
import nl.wmokader.core.monitoring.port.in.AnswerSurveyCommand;
import nl.wmokader.core.shared.DomainError;
import nl.wmokader.core.shared.FieldChecks;
import nl.wmokader.core.shared.InvalidInput;

/**
 * The body of {@code POST /survey/responses}: the invitation's token and the answers, each a
 * question's code with a statement's {@code "1"}..{@code "5"} or {@code "nvt"}, or an open
 * question's text. The questionnaire checks them (the core), here only their shape.
 */
public record AnswersRequest(String invitation, List<Answer> answers) implements ApiRequest<AnswerSurveyCommand> {

  /** One answer: the question's code and the answer as text. */
  public record Answer(String question, String answer) {}

  @Override
  public Either<DomainError, AnswerSurveyCommand> toCommand() {
    FieldChecks check = new FieldChecks();
    Map<String, String> byQuestion = answers == null ? null : new LinkedHashMap<>();
    if (answers != null) {
      for (int i = 0; i < answers.size(); i++) {
        Answer a = answers.get(i);
        String at = "answers[" + i + "]";
        if (a == null) {
          check.add(at, "required", "is required");
        } else if (check.requiredText(at + ".question", a.question()) & check.requiredText(at + ".answer", a.answer())
            && byQuestion.put(a.question(), a.answer()) != null) {
          check.add(at + ".question", "duplicate", "answers a question answered before in the list");
        }
      }
    }
    Either<DomainError, AnswerSurveyCommand> command = AnswerSurveyCommand.read(invitation, byQuestion);
    if (check.isEmpty()) {
      return command;
    }
    // every problem at once: the list's and the token's
    if (command.isLeft() && command.getLeft() instanceof InvalidInput invalid) {
      check.addAll(invalid.errors());
    }
    return check.resultFrom(() -> null);
  }
}
