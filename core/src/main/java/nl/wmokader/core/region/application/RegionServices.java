package nl.wmokader.core.region.application;

import static java.util.Objects.requireNonNull;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import nl.wmokader.core.region.domain.InhabitantCount;
import nl.wmokader.core.region.domain.Member;
import nl.wmokader.core.region.domain.Region;
import nl.wmokader.core.region.domain.RegionError;
import nl.wmokader.core.region.port.in.CheckMembershipUseCase;
import nl.wmokader.core.region.port.in.DefineRegionCommand;
import nl.wmokader.core.region.port.in.DefineRegionUseCase;
import nl.wmokader.core.region.port.in.GetRegionUseCase;
import nl.wmokader.core.region.port.in.RecordInhabitantsCommand;
import nl.wmokader.core.region.port.in.RecordInhabitantsUseCase;
import nl.wmokader.core.region.port.out.MemberActivity;
import nl.wmokader.core.region.port.out.RegionRepository;
import nl.wmokader.core.shared.AccessPolicy;
import nl.wmokader.core.shared.Actor;
import nl.wmokader.core.shared.Commands;
import nl.wmokader.core.shared.DomainError;
import nl.wmokader.core.shared.MunicipalityCode;

/** The region's use cases: small enough to share one service. */
public final class RegionServices
    implements DefineRegionUseCase, RecordInhabitantsUseCase, GetRegionUseCase, CheckMembershipUseCase {

  private final RegionRepository regions;
  private final MemberActivity activity;
  private final AccessPolicy access;

  /** Without downstream data to protect: any member may be dropped. */
  public RegionServices(RegionRepository regions, AccessPolicy access) {
    this(regions, MemberActivity.none(), access);
  }

  /** {@code activity}: whether a member holds cases or claims, which keeps it from being dropped. */
  public RegionServices(RegionRepository regions, MemberActivity activity, AccessPolicy access) {
    this.access = requireNonNull(access, "access");
    this.regions = requireNonNull(regions, "regions");
    this.activity = requireNonNull(activity, "activity");
  }

  @Override
  public Either<DomainError, Region> defineRegion(Actor actor, DefineRegionCommand command) {
    return access.require(actor, "define the region", Actor.Role.REGION)
        .flatMap(ok -> Commands.checked(command, c -> c.validated()))
        .flatMap(cmd -> {
          var existing = regions.find();
          Option<MunicipalityCode> inUse = existing.toList().flatMap(Region::members).map(Member::code)
              .filter(code -> !cmd.members().exists(m -> m.code().equals(code)))
              .find(activity::holdsData);
          if (inUse.isDefined()) {
            return Either.left(new RegionError.MemberInUse(inUse.get()));
          }
          Seq<InhabitantCount> kept = existing
              .map(r -> r.inhabitantCounts().filter(c -> cmd.members().exists(m -> m.code().equals(c.municipality()))))
              .getOrElse(List.empty());
          return regions.save(Region.builder()
              .name(cmd.name().strip())
              .members(cmd.members())
              .inhabitantCounts(kept)
              // the version the client read: a region changed meanwhile is a stale version, not overwritten
              .version(cmd.expectedVersion().getOrElse(() -> existing.map(Region::version).getOrElse(0L)))
              .build());
        });
  }

  @Override
  public Either<DomainError, Region> recordInhabitants(Actor actor, RecordInhabitantsCommand command) {
    return access.require(actor, "record inhabitants", Actor.Role.REGION)
        .flatMap(ok -> Commands.checked(command, c -> c.validated()))
        .flatMap(cmd -> regions.find().<DomainError>toEither(RegionError.NotDefined::new)
            .flatMap(region -> Either.<DomainError, Region>narrow(region.recordInhabitants(
                new InhabitantCount(cmd.municipality(), cmd.referenceDate(), cmd.inhabitants())))))
        .flatMap(regions::save);
  }

  @Override
  public boolean isMember(MunicipalityCode municipality) {
    return regions.find().exists(r -> r.isMember(municipality));
  }

  @Override
  public Either<DomainError, Region> getRegion(Actor actor) {
    Either<DomainError, Actor> party = access.requireParty(actor, "read the region");
    if (party.isLeft()) {
      return Either.left(party.getLeft());
    }
    return regions.find().toEither(RegionError.NotDefined::new);
  }
}
