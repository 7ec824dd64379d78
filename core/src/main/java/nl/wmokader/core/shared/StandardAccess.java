package nl.wmokader.core.shared;

import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.Set;

/**
 * The region's access rules: a use case names the roles that may take it; a case is visible to the
 * region's staff, to the staff of the municipality responsible for it, and, for sheltered housing
 * and shelter decided centrally, to the staff of the municipality the costs are attributed to.
 */
final class StandardAccess implements AccessPolicy {

  @Override
  public Either<DomainError, Actor> require(Actor actor, String action, Set<Actor.Role> allowed) {
    return allowed.contains(actor.role())
        ? Either.right(actor)
        : Either.left(new CommonError.Forbidden(action));
  }

  @Override
  public boolean seesCase(Actor actor, Bsn client, MunicipalityCode responsible, Option<MunicipalityCode> attributedTo) {
    switch (actor.role()) {
      case REGION:
        return true;
      case MUNICIPALITY:
        MunicipalityCode own = actor.municipality().get();
        return own.equals(responsible) || attributedTo.contains(own);
      case PROVIDER:
      case SUPERVISOR:
      default:
        return false;
    }
  }

  @Override
  public boolean actsFor(Actor actor, AgbCode provider) {
    return actor.provider().contains(provider);
  }
}
