package nl.wmokader.core.monitoring.application;

import static java.util.Objects.requireNonNull;

import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import nl.wmokader.core.indication.domain.AssignmentId;
import nl.wmokader.core.indication.domain.IndicationId;
import nl.wmokader.core.indication.port.in.GetAssignmentUseCase;
import nl.wmokader.core.indication.port.in.GetIndicationUseCase;
import nl.wmokader.core.monitoring.domain.Invitation;
import nl.wmokader.core.monitoring.domain.InvitationId;
import nl.wmokader.core.monitoring.domain.InvitationSource;
import nl.wmokader.core.monitoring.domain.Occasions;
import nl.wmokader.core.monitoring.domain.Profile;
import nl.wmokader.core.monitoring.domain.Response;
import nl.wmokader.core.monitoring.domain.ResponseId;
import nl.wmokader.core.monitoring.domain.SurveyComments;
import nl.wmokader.core.monitoring.domain.SurveyError;
import nl.wmokader.core.monitoring.domain.SurveyResults;
import nl.wmokader.core.monitoring.domain.SurveyTerms;
import nl.wmokader.core.monitoring.port.in.AnswerSurveyCommand;
import nl.wmokader.core.monitoring.port.in.AnswerSurveyUseCase;
import nl.wmokader.core.monitoring.port.in.InviteClientCommand;
import nl.wmokader.core.monitoring.port.in.InviteClientUseCase;
import nl.wmokader.core.monitoring.port.in.SurveyCommentsQuery;
import nl.wmokader.core.monitoring.port.in.SurveyCommentsUseCase;
import nl.wmokader.core.monitoring.port.in.SurveyResultsQuery;
import nl.wmokader.core.monitoring.port.in.SurveyResultsUseCase;
import nl.wmokader.core.monitoring.port.out.SurveyStore;
import nl.wmokader.core.shared.AccessPolicy;
import nl.wmokader.core.shared.Actor;
import nl.wmokader.core.shared.CommonError;
import nl.wmokader.core.shared.DomainError;
import nl.wmokader.core.shared.IdGenerator;
import nl.wmokader.core.shared.InvalidInput;

/**
 * The client experience survey: invitations that follow decisions and ended supports (read from
 * indication's use cases as the inviting actor), answers stored apart from the invitation, and the
 * results. Every use case checks the actor first, then whether a store was given.
 */
public final class SurveyServices implements InviteClientUseCase, AnswerSurveyUseCase, SurveyResultsUseCase,
    SurveyCommentsUseCase {

  private final Option<SurveyStore> store;
  private final GetIndicationUseCase indications;
  private final GetAssignmentUseCase assignments;
  private final SurveyTerms terms;
  private final Clock clock;
  private final IdGenerator ids;
  private final AccessPolicy access;

  /** @param store none when the installation keeps no survey: every use case then answers {@code NotKept} */
  public SurveyServices(Option<SurveyStore> store, GetIndicationUseCase indications, GetAssignmentUseCase assignments,
                        SurveyTerms terms, Clock clock, IdGenerator ids, AccessPolicy access) {
    this.store = requireNonNull(store, "store");
    this.indications = requireNonNull(indications, "indications");
    this.assignments = requireNonNull(assignments, "assignments");
    this.terms = requireNonNull(terms, "terms");
    this.clock = requireNonNull(clock, "clock");
    this.ids = requireNonNull(ids, "ids");
    this.access = requireNonNull(access, "access");
  }

  @Override
  public Either<DomainError, Invitation> inviteClient(Actor actor, InviteClientCommand command) {
    return access.require(actor, "invite clients to the survey", Actor.Role.REGION, Actor.Role.MUNICIPALITY)
        .flatMap(ok -> kept())
        .flatMap(surveys -> present("command", command)
            .flatMap(cmd -> profile(actor, cmd))
            .flatMap(profile -> invitation(surveys, command.source(), profile)));
  }

  /** The profile of the source's client, read as {@code actor}: the case's scope is indication's. */
  private Either<DomainError, Profile> profile(Actor actor, InviteClientCommand command) {
    InvitationSource source = command.source();
    if (source.kind() == InvitationSource.Kind.DECISION) {
      return indications.getIndication(actor, new IndicationId(source.id()))
          .flatMap(i -> Either.narrow(Occasions.afterDecision(i, command.ageBand())));
    }
    return assignments.getAssignment(actor, new AssignmentId(source.id()))
        .flatMap(a -> Either.narrow(Occasions.afterEndedSupport(a, command.ageBand())));
  }

  /** The source's invitation: the one made before, or a new one (one per source, also when two invite at once). */
  private Either<DomainError, Invitation> invitation(SurveyStore surveys, InvitationSource source, Profile profile) {
    Option<Invitation> before = surveys.findInvitation(source);
    if (before.isDefined()) {
      return Either.right(before.get());
    }
    Either<DomainError, Invitation> added = surveys.addInvitation(
        Invitation.of(new InvitationId(ids.next()), source, profile, LocalDate.now(clock)));
    if (added.isLeft() && added.getLeft() instanceof CommonError.Duplicate) {
      return surveys.findInvitation(source).toEither(added::getLeft);
    }
    return added;
  }

  @Override
  public Either<DomainError, Response> answerSurvey(Actor actor, AnswerSurveyCommand command) {
    return access.require(actor, "record survey answers", Actor.Role.REGION, Actor.Role.MUNICIPALITY)
        .flatMap(ok -> kept())
        .flatMap(surveys -> present("command", command)
            .flatMap(cmd -> surveys.findInvitation(cmd.invitation())
                // a member's staff answer for its own residents; another's invitation is as if absent
                .filter(i -> actor.role() == Actor.Role.REGION || actor.municipality().contains(i.profile().member()))
                .<DomainError>toEither(() -> new CommonError.NotFound("Invitation", cmd.invitation().toString())))
            .flatMap(invitation -> terms.questionnaire().read(command.answers())
                .flatMap(answers -> Either.<DomainError, Invitation>narrow(invitation.answer())
                    .flatMap(answered -> surveys.answer(answered, new Response(new ResponseId(ids.next()),
                        invitation.profile(), YearMonth.now(clock), answers))))));
  }

  @Override
  public Either<DomainError, SurveyResults> surveyResults(Actor actor, SurveyResultsQuery query) {
    return access.require(actor, "read survey results", Actor.Role.REGION, Actor.Role.MUNICIPALITY, Actor.Role.ANALYST)
        .flatMap(ok -> kept())
        .flatMap(surveys -> present("query", query)
            .map(q -> SurveyResults.tally(terms.questionnaire(), surveys.responses(q.from(), q.to()), q.by(),
                terms.minimumCell())));
  }

  @Override
  public Either<DomainError, SurveyComments> surveyComments(Actor actor, SurveyCommentsQuery query) {
    return access.require(actor, "read the survey's free texts", Actor.Role.REGION)
        .flatMap(ok -> kept())
        .flatMap(surveys -> present("query", query)
            .map(q -> SurveyComments.of(terms.questionnaire(), surveys.responses(q.from(), q.to()), q.by(), q.group(),
                terms.minimumCell())));
  }

  private Either<DomainError, SurveyStore> kept() {
    return store.toEither(SurveyError.NotKept::new);
  }

  private static <T> Either<DomainError, T> present(String field, T value) {
    return value == null ? Either.left(InvalidInput.of(field, "required", "is required")) : Either.right(value);
  }
}
