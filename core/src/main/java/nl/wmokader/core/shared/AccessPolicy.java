package nl.wmokader.core.shared;

import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.EnumSet;
import java.util.Set;

/**
 * The one seam every use case's role check and every decision to show a client's personal data
 * pass through, given to the modules in the {@link Environment}. Who the actor is has been settled
 * before (by an adapter); the policy decides what that actor may do and see. A policy that records
 * its decisions (who acted, on which client, which action, allowed or refused) wraps {@link
 * #standard()}: the services do not change for it.
 */
public interface AccessPolicy {

  /**
   * The region's rules (DOMAIN §10): role checks per use case and the visibility of cases below,
   * for any municipality and provider: for an embedder that has settled who may act elsewhere, and
   * for tests. {@link nl.wmokader.core.WmoKader} uses {@link #standard(KnownActors)} unless given a policy.
   */
  static AccessPolicy standard() {
    return new StandardAccess(null);
  }

  /** As {@link #standard()}, with a municipality's or provider's staff refused while {@code known} does not know it. */
  static AccessPolicy standard(KnownActors known) {
    return new StandardAccess(java.util.Objects.requireNonNull(known, "known"));
  }

  /** A use case's role check: {@code Right(actor)} when its role is one of {@code allowed}, else {@code Left(Forbidden(action))}. */
  Either<DomainError, Actor> require(Actor actor, String action, Set<Actor.Role> allowed);

  /** {@link #require(Actor, String, Set)} for the roles named. */
  default Either<DomainError, Actor> require(Actor actor, String action, Actor.Role first, Actor.Role... rest) {
    return require(actor, action, EnumSet.of(first, rest));
  }

  /**
   * The role check of a use case open to every party of the region's work (reference data, and lists
   * in which each role sees its own part): every role but the analyst, who reads aggregates and
   * survey results only and never a BSN or a case. Unlike {@link #require(Actor, String, Set)} it
   * asks no {@link KnownActors}: these use cases answered every party named before the analyst
   * existed and still do (an adapter that settles identity refuses unknown parties at its edge). A
   * policy that records its decisions overrides this too.
   */
  default Either<DomainError, Actor> requireParty(Actor actor, String action) {
    return actor.role() == Actor.Role.ANALYST ? Either.left(new CommonError.Forbidden(action)) : Either.right(actor);
  }

  /**
   * Whether {@code actor} may see the case (an indication and what follows from it) of {@code
   * client}, for which {@code responsible} is responsible and whose costs are attributed to {@code
   * attributedTo} (sheltered housing and shelter decided centrally).
   */
  boolean seesCase(Actor actor, Bsn client, MunicipalityCode responsible, Option<MunicipalityCode> attributedTo);

  /** Whether {@code actor} acts for {@code provider}. */
  boolean actsFor(Actor actor, AgbCode provider);
}
