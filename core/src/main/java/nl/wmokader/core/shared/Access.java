package nl.wmokader.core.shared;

import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.EnumSet;
import java.util.Set;

/**
 * Role checks and the visibility of personal data, shared by the use cases. A case (an
 * indication and what follows from it) is visible to the region's staff, to the staff of the
 * municipality responsible for it, and, for sheltered housing and shelter decided centrally, to
 * the staff of the municipality the costs are attributed to.
 */
public final class Access {
  private Access() {}

  /** {@code Right(actor)} when its role is one of {@code roles}, else {@code Left(Forbidden(action))}. */
  public static Either<DomainError, Actor> require(Actor actor, String action, Actor.Role first, Actor.Role... rest) {
    Set<Actor.Role> allowed = EnumSet.of(first, rest);
    return allowed.contains(actor.role())
        ? Either.right(actor)
        : Either.left(new CommonError.Forbidden(action));
  }

  /** Whether {@code actor} may see a case of {@code responsible}, attributed to {@code attributedTo}. */
  public static boolean seesCase(Actor actor, MunicipalityCode responsible, Option<MunicipalityCode> attributedTo) {
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

  /** Whether {@code actor} acts for {@code provider}. */
  public static boolean isProvider(Actor actor, AgbCode provider) {
    return actor.provider().contains(provider);
  }
}
