package nl.wmokader.core.monitoring.port.out;

import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.YearMonth;
import nl.wmokader.core.monitoring.domain.Invitation;
import nl.wmokader.core.monitoring.domain.InvitationId;
import nl.wmokader.core.monitoring.domain.InvitationSource;
import nl.wmokader.core.monitoring.domain.Response;
import nl.wmokader.core.shared.DomainError;

/**
 * Where the client experience survey keeps its invitations and, apart from them, its responses. A
 * response is stored with no link to the invitation it answered: a database adapter keeps them in
 * tables without a key between them, and gives a response no identifier or time that follows the
 * invitation's (its own random identifier, the month only). What a database keeps beside the
 * columns can still pair them (PostgreSQL's {@code xmin} of one transaction, the order rows are
 * written in): ADR 15 names this limit.
 */
public interface SurveyStore {

  Option<Invitation> findInvitation(InvitationId id);

  /** The invitation that follows {@code source}, if one was made. */
  Option<Invitation> findInvitation(InvitationSource source);

  /**
   * Stores a new invitation (version 0) and returns it at version 1; {@code Left(Duplicate)} when
   * its source has an invitation already (whoever came first keeps it: one per source).
   */
  Either<DomainError, Invitation> addInvitation(Invitation invitation);

  /**
   * Stores {@code answered} (the invitation marked answered) when the stored version equals its
   * version, and {@code response} with it: both or neither. {@code Left(StaleVersion)} when the
   * invitation changed meanwhile (e.g. answered by a concurrent request), and nothing is stored.
   */
  Either<DomainError, Response> answer(Invitation answered, Response response);

  /** The responses answered in {@code from} .. {@code to} (inclusive; none: unbounded), in no particular order. */
  Seq<Response> responses(Option<YearMonth> from, Option<YearMonth> to);
}
