package nl.wmokader.core.settlement;

import static java.util.Objects.requireNonNull;

import nl.wmokader.core.audit.port.in.RecordAccessUseCase;
import nl.wmokader.core.catalogue.CatalogueModule;
import nl.wmokader.core.contracting.ContractingModule;
import nl.wmokader.core.indication.IndicationModule;
import nl.wmokader.core.region.RegionModule;
import nl.wmokader.core.settlement.application.AllocationServices;
import nl.wmokader.core.settlement.application.ClaimServices;
import nl.wmokader.core.settlement.application.ContributionServices;
import nl.wmokader.core.settlement.application.SettlementServices;
import nl.wmokader.core.settlement.application.UpstreamReferenceData;
import nl.wmokader.core.settlement.domain.BudgetTerms;
import nl.wmokader.core.settlement.domain.ContributionSchedule;
import nl.wmokader.core.settlement.port.in.AllocateCostsUseCase;
import nl.wmokader.core.settlement.port.in.CalculateContributionUseCase;
import nl.wmokader.core.settlement.port.in.CheckMemberBudgetsUseCase;
import nl.wmokader.core.settlement.port.in.CheckMemberClaimsUseCase;
import nl.wmokader.core.settlement.port.in.GetBudgetStatusUseCase;
import nl.wmokader.core.settlement.port.in.GetCentralPaymentUseCase;
import nl.wmokader.core.settlement.port.in.GetClaimUseCase;
import nl.wmokader.core.settlement.port.in.GetMemberSettlementUseCase;
import nl.wmokader.core.settlement.port.in.GetTurnoverUseCase;
import nl.wmokader.core.settlement.port.in.ListClaimsUseCase;
import nl.wmokader.core.settlement.port.in.RegisterRecoveryUseCase;
import nl.wmokader.core.settlement.port.in.SetBudgetUseCase;
import nl.wmokader.core.settlement.port.in.SubmitClaimUseCase;
import nl.wmokader.core.settlement.port.out.BudgetRepository;
import nl.wmokader.core.settlement.port.out.ClaimReferenceData;
import nl.wmokader.core.settlement.port.out.ClaimRepository;
import nl.wmokader.core.settlement.port.out.RecoveryRepository;
import nl.wmokader.core.shared.Environment;

/**
 * The settlement subdomain's use cases, composed from its stores and the upstream modules: claims
 * and their answers, settlement per member and month, the central payment, recoveries, budgets,
 * regional cost allocation and the personal contribution.
 */
public final class SettlementModule {

  private final ClaimServices claims;
  private final SettlementServices settlement;
  private final AllocationServices allocation;
  private final ContributionServices contribution;

  /** The terms of settlement: the budgets' forecast and the personal contribution's schedule. */
  public record Terms(BudgetTerms budgets, ContributionSchedule contributions) {
    public Terms {
      requireNonNull(budgets, "budgets");
      requireNonNull(contributions, "contributions");
    }
  }

  public SettlementModule(ClaimRepository claims, RecoveryRepository recoveries, BudgetRepository budgets,
                          RegionModule region, CatalogueModule catalogue, ContractingModule contracting,
                          IndicationModule indication, Terms terms, RecordAccessUseCase records,
                          Environment environment) {
    // what validating a claim needs of the assignments, products and contracts its lines name, in bulk (ADR 5)
    ClaimReferenceData referenceData = new UpstreamReferenceData(indication.findAssignments(), catalogue.findProducts(),
        contracting.listContracts());
    this.claims = new ClaimServices(claims, referenceData, region.getRegion(), environment.clock(), environment.ids(), environment.access(),
        records);
    this.settlement = new SettlementServices(claims, recoveries, budgets, region.getRegion(), contracting.getProvider(),
        terms.budgets(), environment.clock(), environment.ids(), environment.access());
    this.allocation = new AllocationServices(claims, region.getRegion(), environment.access());
    this.contribution = new ContributionServices(terms.contributions(), environment.access());
  }

  // settlement

  public SubmitClaimUseCase submitClaim() {
    return claims;
  }

  public GetClaimUseCase getClaim() {
    return claims;
  }

  public CheckMemberClaimsUseCase checkMemberClaims() {
    return claims;
  }

  public ListClaimsUseCase listClaims() {
    return claims;
  }

  public GetMemberSettlementUseCase getMemberSettlement() {
    return settlement;
  }

  public GetCentralPaymentUseCase getCentralPayment() {
    return settlement;
  }

  public RegisterRecoveryUseCase registerRecovery() {
    return settlement;
  }

  public SetBudgetUseCase setBudget() {
    return settlement;
  }

  public CheckMemberBudgetsUseCase checkMemberBudgets() {
    return settlement;
  }

  public GetBudgetStatusUseCase getBudgetStatus() {
    return settlement;
  }
  // settlement: regional cost allocation and the personal contribution

  public AllocateCostsUseCase allocateCosts() {
    return allocation;
  }

  public CalculateContributionUseCase calculateContribution() {
    return contribution;
  }

  public GetTurnoverUseCase getTurnover() {
    return claims;
  }
}
