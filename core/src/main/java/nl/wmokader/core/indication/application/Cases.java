package nl.wmokader.core.indication.application;

import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.LocalDate;
import nl.wmokader.core.audit.domain.AuditAction;
import nl.wmokader.core.audit.port.in.RecordAccessUseCase;
import nl.wmokader.core.indication.domain.Indication;
import nl.wmokader.core.indication.domain.IndicationId;
import nl.wmokader.core.indication.port.out.IndicationRepository;
import nl.wmokader.core.shared.AccessPolicy;
import nl.wmokader.core.shared.Actor;
import nl.wmokader.core.shared.CommonError;
import nl.wmokader.core.shared.DomainError;
import nl.wmokader.core.shared.FieldChecks;
import nl.wmokader.core.shared.InvalidInput;
import nl.wmokader.core.shared.MunicipalityCode;

/**
 * Scope and input checks the indication services share. Reading follows {@link AccessPolicy#seesCase};
 * changing is for the region's staff and the responsible municipality's staff only, because the
 * central municipality decides sheltered housing and shelter and the municipality of origin only
 * looks on (DOMAIN §5).
 */
final class Cases {
  private Cases() {}

  static Either<DomainError, Actor> requireStaff(AccessPolicy access, Actor actor, String action) {
    return access.require(actor, action, Actor.Role.REGION, Actor.Role.MUNICIPALITY);
  }

  static boolean sees(AccessPolicy access, Actor actor, Indication indication) {
    return access.seesCase(actor, indication.client(), indication.responsibleMunicipality(), indication.attributedTo());
  }

  /** Whether {@code actor} may record steps on a case of {@code responsible}. */
  static boolean mayChange(Actor actor, MunicipalityCode responsible) {
    return actor.role() == Actor.Role.REGION || actor.municipality().contains(responsible);
  }

  /** The scope filter of the repository queries: none for the region, the municipality otherwise. */
  static Option<MunicipalityCode> scope(Actor actor) {
    return actor.role() == Actor.Role.REGION ? Option.none() : actor.municipality();
  }

  static DomainError notFound(IndicationId id) {
    return new CommonError.NotFound("Indication", id.toString());
  }

  /**
   * The case when {@code actor} sees it; else NotFound, exactly as when it does not exist. A case
   * that exists out of the actor's sight is recorded as refused {@code action} on its client.
   */
  static Either<DomainError, Indication> loadVisible(AccessPolicy access, RecordAccessUseCase records,
      IndicationRepository repository, Actor actor, IndicationId id, AuditAction action) {
    Option<Indication> found = repository.findById(id);
    if (found.isDefined() && !sees(access, actor, found.get())) {
      CaseAudit.outOfSight(records, actor, action, CaseAudit.INDICATION, id.value(), found.get().client());
      return Either.left(notFound(id));
    }
    return found.<DomainError>toEither(() -> notFound(id));
  }

  /** The visible case when {@code actor} may also change it; else NotFound or Forbidden (recorded as refused). */
  static Either<DomainError, Indication> loadChangeable(AccessPolicy access, RecordAccessUseCase records,
      IndicationRepository repository, Actor actor, IndicationId id) {
    return loadVisible(access, records, repository, actor, id, AuditAction.CHANGE)
        .flatMap(i -> {
          if (mayChange(actor, i.responsibleMunicipality())) {
            return Either.right(i);
          }
          CaseAudit.outOfSight(records, actor, AuditAction.CHANGE, CaseAudit.INDICATION, id.value(), i.client());
          return Either.left(new CommonError.Forbidden("change a case the central municipality decides"));
        });
  }

  /** As {@link #loadChangeable}, or none when no id was given (a field error for the caller to report). */
  static Either<DomainError, Option<Indication>> loadChangeableIfGiven(AccessPolicy access, RecordAccessUseCase records,
      IndicationRepository repository, Actor actor, IndicationId id) {
    return id == null ? Either.right(Option.none()) : loadChangeable(access, records, repository, actor, id).map(Option::some);
  }

  /** Checks a required event date that does not lie after {@code today}. */
  static void eventDate(FieldChecks fields, String field, LocalDate date, LocalDate today) {
    if (fields.required(field, date)) {
      fields.check(!date.isAfter(today), field, "in_future", "must not lie in the future");
    }
  }

  /**
   * Adds the field errors of a command's own second round to {@code fields}: among the use case's
   * checks of the clock, the region and the stores, so that all of them come back in one answer,
   * in the order of the fields.
   */
  static void addErrors(FieldChecks fields, Either<DomainError, ?> secondRound) {
    if (secondRound.isLeft()) {
      if (!(secondRound.getLeft() instanceof InvalidInput invalid)) {
        throw new IllegalArgumentException("a second round answers field errors only: " + secondRound.getLeft());
      }
      fields.addAll(invalid.errors());
    }
  }
}
