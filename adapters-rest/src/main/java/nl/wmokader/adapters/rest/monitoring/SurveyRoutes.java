package nl.wmokader.adapters.rest.monitoring;

import static java.util.Objects.requireNonNull;

import io.vavr.control.Either;
import io.vavr.control.Option;
import nl.wmokader.adapters.rest.ApiCall;
import nl.wmokader.adapters.rest.ApiRouter;
import nl.wmokader.adapters.rest.ApiRoutes;
import nl.wmokader.adapters.rest.Params;
import nl.wmokader.core.monitoring.MonitoringModule;
import nl.wmokader.core.monitoring.domain.Breakdown;
import nl.wmokader.core.monitoring.port.in.SurveyCommentsQuery;
import nl.wmokader.core.monitoring.port.in.SurveyResultsQuery;
import nl.wmokader.core.shared.DomainError;
import nl.wmokader.core.shared.FieldChecks;

/**
 * The client experience survey: {@code GET /survey/questionnaire}; {@code POST
 * /survey/invitations} after a decision or an ended support (the region's and members' staff);
 * {@code POST /survey/responses}, a client's answers, kept apart from the client; {@code GET
 * /survey/results} by a breakdown (the region, members, analysts) and {@code GET /survey/comments}
 * (the region only), both also as CSV ({@code Accept: text/csv}).
 */
public final class SurveyRoutes implements ApiRoutes {
  private final MonitoringModule monitoring;

  public SurveyRoutes(MonitoringModule monitoring) {
    this.monitoring = requireNonNull(monitoring, "monitoring");
  }

  @Override
  public void register(ApiRouter router) {
    router.get("/survey/questionnaire", call -> call.respond(
        Either.right(SurveyDtos.QuestionnaireDto.from(monitoring.questionnaire()))));

    router.post("/survey/invitations", call -> call.created(call.command(InvitationRequest.class)
            .flatMap(command -> monitoring.inviteClient().inviteClient(call.actor(), command))
            .map(SurveyDtos.InvitationDto::from),
        invitation -> "/survey/invitations/" + invitation.id()));

    router.post("/survey/responses", call -> call.created(call.command(AnswersRequest.class)
            .flatMap(command -> monitoring.answerSurvey().answerSurvey(call.actor(), command))
            .map(SurveyDtos.ResponseDto::from),
        response -> "/survey/responses/" + response.id()));

    router.get("/survey/results", call -> call.respondTable(resultsQuery(call)
            .flatMap(query -> monitoring.surveyResults().surveyResults(call.actor(), query)),
        SurveyDtos.ResultsDto::from, SurveyDtos::resultsTable));

    router.get("/survey/comments", call -> call.respondTable(commentsQuery(call)
            .flatMap(query -> monitoring.surveyComments().surveyComments(call.actor(), query)),
        SurveyDtos.CommentsDto::from, SurveyDtos::commentsTable));
  }

  private static Either<DomainError, SurveyResultsQuery> resultsQuery(ApiCall call) {
    return SurveyResultsQuery.read(Option.of(Params.query(call, "by")).getOrElse("region"),
        Params.query(call, "from"), Params.query(call, "to"));
  }

  private static Either<DomainError, SurveyCommentsQuery> commentsQuery(ApiCall call) {
    Either<DomainError, SurveyResultsQuery> period = resultsQuery(call);
    FieldChecks check = new FieldChecks();
    String group = Params.query(call, "group");
    boolean wholeRegion = period.isRight() && period.get().by() == Breakdown.REGION;
    check.check(group != null || wholeRegion, "group", "required", "is required unless by=region");
    // the document's limit: a group is a code or a band, never a text to echo back at any length
    check.check(group == null || group.length() <= 40, "group", "too_long", "is at most 40 characters");
    if (period.isLeft()) {
      return period.map(p -> null);
    }
    SurveyResultsQuery p = period.get();
    return check.resultFrom(() -> new SurveyCommentsQuery(p.by(), group == null ? "region" : group, p.from(), p.to()));
  }
}
