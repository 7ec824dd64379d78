package nl.wmokader.core.inmemory;

import io.vavr.collection.HashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.YearMonth;
import nl.wmokader.core.monitoring.domain.Invitation;
import nl.wmokader.core.monitoring.domain.InvitationId;
import nl.wmokader.core.monitoring.domain.InvitationSource;
import nl.wmokader.core.monitoring.domain.Response;
import nl.wmokader.core.monitoring.port.out.SurveyStore;
import nl.wmokader.core.shared.CommonError;
import nl.wmokader.core.shared.DomainError;

/**
 * The survey in memory: invitations by id and by source, and the responses in a set of their own
 * (a hash map by their random id, so not even the order they came in is kept).
 */
public final class InMemorySurveyStore implements SurveyStore {

  private Map<InvitationId, Invitation> invitations = HashMap.empty();
  private Map<InvitationSource, InvitationId> bySource = HashMap.empty();
  private Map<java.util.UUID, Response> responses = HashMap.empty();

  @Override
  public synchronized Option<Invitation> findInvitation(InvitationId id) {
    return invitations.get(id);
  }

  @Override
  public synchronized Option<Invitation> findInvitation(InvitationSource source) {
    return bySource.get(source).flatMap(invitations::get);
  }

  @Override
  public synchronized Either<DomainError, Invitation> addInvitation(Invitation invitation) {
    if (bySource.containsKey(invitation.source())) {
      return Either.left(new CommonError.Duplicate("Invitation", "for " + invitation.source()));
    }
    if (invitation.version() != 0 || invitations.containsKey(invitation.id())) {
      return Either.left(new CommonError.StaleVersion("Invitation", invitation.id().toString(), invitation.version()));
    }
    Invitation stored = invitation.withVersion(1);
    invitations = invitations.put(stored.id(), stored);
    bySource = bySource.put(stored.source(), stored.id());
    return Either.right(stored);
  }

  @Override
  public synchronized Either<DomainError, Response> answer(Invitation answered, Response response) {
    long current = invitations.get(answered.id()).map(Invitation::version).getOrElse(0L);
    if (current == 0 || answered.version() != current) {
      return Either.left(new CommonError.StaleVersion("Invitation", answered.id().toString(), answered.version()));
    }
    if (responses.containsKey(response.id().value())) {
      return Either.left(new CommonError.Duplicate("Response", response.id().value().toString()));
    }
    invitations = invitations.put(answered.id(), answered.withVersion(current + 1));
    responses = responses.put(response.id().value(), response);
    return Either.right(response);
  }

  @Override
  public synchronized Seq<Response> responses(Option<YearMonth> from, Option<YearMonth> to) {
    return responses.values()
        .filter(r -> from.forAll(f -> !r.answeredIn().isBefore(f)) && to.forAll(t -> !r.answeredIn().isAfter(t)))
        .toList();
  }

  /** Every invitation, for tests. */
  public synchronized Seq<Invitation> invitations() {
    return invitations.values().toList();
  }

  /** Every response, for tests. */
  public synchronized Seq<Response> allResponses() {
    return List.ofAll(responses.values());
  }
}
