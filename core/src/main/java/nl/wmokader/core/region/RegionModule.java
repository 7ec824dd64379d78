package nl.wmokader.core.region;

import nl.wmokader.core.region.application.GovernanceServices;
import nl.wmokader.core.region.application.RegionServices;
import nl.wmokader.core.region.domain.RegionalArrangement;
import nl.wmokader.core.region.domain.VotingRule;
import nl.wmokader.core.region.port.in.CheckMembershipUseCase;
import nl.wmokader.core.region.port.in.CountVotesUseCase;
import nl.wmokader.core.region.port.in.DefineRegionUseCase;
import nl.wmokader.core.region.port.in.GetArrangementUseCase;
import nl.wmokader.core.region.port.in.GetRegionUseCase;
import nl.wmokader.core.region.port.in.RecordInhabitantsUseCase;
import nl.wmokader.core.region.port.out.MemberActivity;
import nl.wmokader.core.region.port.out.RegionRepository;
import nl.wmokader.core.shared.Environment;

/**
 * The region subdomain's use cases, composed from its store: members, inhabitants, regional
 * decisions and the arrangement. Upstream of every other module.
 */
public final class RegionModule {

  private final RegionServices region;
  private final GovernanceServices governance;

  public RegionModule(RegionRepository regions, VotingRule votingRule, RegionalArrangement arrangement,
                      Environment environment) {
    this(regions, votingRule, arrangement, MemberActivity.none(), environment);
  }

  /** {@code activity}: whether a member holds cases or claims, which keeps it from being dropped. */
  public RegionModule(RegionRepository regions, VotingRule votingRule, RegionalArrangement arrangement,
                      MemberActivity activity, Environment environment) {
    this.region = new RegionServices(regions, activity, environment.access());
    this.governance = new GovernanceServices(regions, votingRule, arrangement, environment.clock(), environment.access());
  }

  // region

  public DefineRegionUseCase defineRegion() {
    return region;
  }

  public RecordInhabitantsUseCase recordInhabitants() {
    return region;
  }

  public GetRegionUseCase getRegion() {
    return region;
  }

  public CheckMembershipUseCase checkMembership() {
    return region;
  }
  // region: governance

  public CountVotesUseCase countVotes() {
    return governance;
  }

  public GetArrangementUseCase getArrangement() {
    return governance;
  }
}
