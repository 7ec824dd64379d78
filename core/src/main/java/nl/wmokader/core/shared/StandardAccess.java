package nl.wmokader.core.shared;

import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.Set;

/**
 * The region's access rules: a use case names the roles that may take it, and a municipality's or a
 * provider's staff act only while the region knows it (a member, a registered provider: the rest
 * may not act at all); a case is visible to the region's staff, to the staff of the municipality
 * responsible for it, and, for sheltered housing and shelter decided centrally, to the staff of the
 * municipality the costs are attributed to.
 */
final class StandardAccess implements AccessPolicy {
  private final KnownActors known;

  /** {@code known} null: every municipality and provider counts as known (identity settled elsewhere). */
  StandardAccess(KnownActors known) {
    this.known = known;
  }

  @Override
  public Either<DomainError, Actor> require(Actor actor, String action, Set<Actor.Role> allowed) {
    if (!allowed.contains(actor.role())) {
      return Either.left(new CommonError.Forbidden(action));
    }
    if (known != null && actor.role() == Actor.Role.MUNICIPALITY && !known.isMember(actor.municipality().get())) {
      return Either.left(new CommonError.Forbidden(action + " (the municipality is not a member of the region)"));
    }
    if (known != null && actor.role() == Actor.Role.PROVIDER && !known.isRegistered(actor.provider().get())) {
      return Either.left(new CommonError.Forbidden(action + " (the provider is not registered with the region)"));
    }
    return Either.right(actor);
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
