package nl.wmokader.core.region.application;

import static java.util.Objects.requireNonNull;

import io.vavr.control.Either;
import java.time.Clock;
import java.time.LocalDate;
import nl.wmokader.core.region.domain.Region;
import nl.wmokader.core.region.domain.RegionError;
import nl.wmokader.core.region.domain.RegionalArrangement;
import nl.wmokader.core.region.domain.RegionalDecision;
import nl.wmokader.core.region.domain.VotingRule;
import nl.wmokader.core.region.port.in.ArrangementInForce;
import nl.wmokader.core.region.port.in.CountVotesCommand;
import nl.wmokader.core.region.port.in.CountVotesUseCase;
import nl.wmokader.core.region.port.in.CountedDecision;
import nl.wmokader.core.region.port.in.GetArrangementUseCase;
import nl.wmokader.core.region.port.out.RegionRepository;
import nl.wmokader.core.shared.AccessPolicy;
import nl.wmokader.core.shared.Actor;
import nl.wmokader.core.shared.CommonError;
import nl.wmokader.core.shared.DomainError;
import nl.wmokader.core.shared.InvalidInput;

/**
 * Regional governance: counting votes on regional decisions under the configured voting rule, and
 * the arrangement's term under the configured arrangement. Both rule and arrangement are given by
 * the embedder; nothing here is stored.
 */
public final class GovernanceServices implements CountVotesUseCase, GetArrangementUseCase {

  /** The longest subject of a decision: a title, not the proposal itself. */

  private final RegionRepository regions;
  private final VotingRule rule;
  private final RegionalArrangement arrangement;
  private final AccessPolicy access;
  private final Clock clock;

  public GovernanceServices(RegionRepository regions, VotingRule rule, RegionalArrangement arrangement, Clock clock, AccessPolicy access) {
    this.access = requireNonNull(access, "access");
    this.regions = requireNonNull(regions, "regions");
    this.rule = requireNonNull(rule, "rule");
    this.arrangement = requireNonNull(arrangement, "arrangement");
    this.clock = requireNonNull(clock, "clock");
  }

  @Override
  public Either<DomainError, CountedDecision> countVotes(Actor actor, CountVotesCommand command) {
    return access.require(actor, "count votes on regional decisions", Actor.Role.REGION, Actor.Role.MUNICIPALITY)
        .flatMap(a -> command == null
            ? Either.<DomainError, RegionalDecision>left(InvalidInput.of("decision", "required", "is required"))
            : command.decision())
        .flatMap(decision -> regions.find().<DomainError>toEither(RegionError.NotDefined::new)
            .flatMap(region -> memberScope(actor, region))
            .flatMap(region -> Either.<DomainError, CountedDecision>narrow(rule.count(region, decision)
                .map(outcome -> new CountedDecision(decision, outcome)))));
  }

  @Override
  public Either<DomainError, ArrangementInForce> getArrangement(Actor actor) {
    Either<DomainError, Actor> party = access.requireParty(actor, "read the arrangement");
    if (party.isLeft()) {
      return Either.left(party.getLeft());
    }
    return Either.right(new ArrangementInForce(arrangement, LocalDate.now(clock)));
  }

  /** The region, unless the actor is staff of a municipality outside it. */
  private static Either<DomainError, Region> memberScope(Actor actor, Region region) {
    return actor.municipality().exists(m -> !region.isMember(m))
        ? Either.left(new CommonError.Forbidden("count votes of a region it is not a member of"))
        : Either.right(region);
  }
}
