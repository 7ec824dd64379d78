package nl.wmokader.core.inmemory;

import nl.wmokader.core.DrivenPorts;
import nl.wmokader.core.WmoKader;
import nl.wmokader.core.WmoKaderBuilder;

/**
 * One in-memory adapter for every driven port, and a {@link WmoKaderBuilder} wired to them: the
 * quickest way to embed the library in a test or a demo. The repositories stay reachable, so a
 * test can look at what was stored. The obligations' quality findings and reportable events are
 * answered by supervision over these stores, as in production.
 */
public final class InMemoryAdapters {

  private final InMemoryAuditTrail auditTrail = new InMemoryAuditTrail();
  private final InMemoryRegionRepository regions = new InMemoryRegionRepository();
  private final InMemoryProductRepository products = new InMemoryProductRepository();
  private final InMemoryProviderRepository providers = new InMemoryProviderRepository();
  private final InMemoryContractRepository contracts = new InMemoryContractRepository();
  private final InMemoryIndicationRepository indications = new InMemoryIndicationRepository();
  private final InMemoryAssignmentRepository assignments = new InMemoryAssignmentRepository();
  private final InMemoryAssignmentRequestRepository assignmentRequests = new InMemoryAssignmentRequestRepository();
  private final InMemoryRefusalRepository refusals = new InMemoryRefusalRepository();
  private final InMemorySpendingReportRepository spendingReports = new InMemorySpendingReportRepository();
  private final InMemoryQualityDeclarationRepository qualityDeclarations = new InMemoryQualityDeclarationRepository();
  private final InMemoryClaimRepository claims = new InMemoryClaimRepository();
  private final InMemoryRecoveryRepository recoveries = new InMemoryRecoveryRepository();
  private final InMemoryBudgetRepository budgets = new InMemoryBudgetRepository();
  private final InMemorySignalRepository signals = new InMemorySignalRepository();
  private final InMemoryCalamityRepository calamities = new InMemoryCalamityRepository();
  private final InMemoryInvestigationRepository investigations = new InMemoryInvestigationRepository();
  private final InMemorySurveyStore surveys = new InMemorySurveyStore();
  private final InMemoryMonitoringFacts monitoringFacts = new InMemoryMonitoringFacts(assignments, claims, recoveries);

  /** Every driven port, as {@link WmoKaderBuilder#ports} takes them. */
  public DrivenPorts ports() {
    return new DrivenPorts(auditTrail, regions, products, providers, contracts, refusals, spendingReports, qualityDeclarations,
        indications, assignments, assignmentRequests, claims, recoveries, budgets, signals, calamities, investigations,
        io.vavr.control.Option.some(surveys), io.vavr.control.Option.some(monitoringFacts));
  }

  /** A builder with every driven port set; clock and identifiers are still the caller's. */
  public WmoKaderBuilder builder() {
    return WmoKader.builder().ports(ports());
  }

  public InMemoryAuditTrail auditTrail() {
    return auditTrail;
  }

  public InMemoryRegionRepository regions() {
    return regions;
  }

  public InMemoryProductRepository products() {
    return products;
  }

  public InMemoryProviderRepository providers() {
    return providers;
  }

  public InMemoryContractRepository contracts() {
    return contracts;
  }

  public InMemoryIndicationRepository indications() {
    return indications;
  }

  public InMemoryAssignmentRepository assignments() {
    return assignments;
  }

  public InMemoryAssignmentRequestRepository assignmentRequests() {
    return assignmentRequests;
  }

  public InMemoryRefusalRepository refusals() {
    return refusals;
  }

  public InMemorySpendingReportRepository spendingReports() {
    return spendingReports;
  }

  public InMemoryQualityDeclarationRepository qualityDeclarations() {
    return qualityDeclarations;
  }

  public InMemoryClaimRepository claims() {
    return claims;
  }

  public InMemoryRecoveryRepository recoveries() {
    return recoveries;
  }

  public InMemoryBudgetRepository budgets() {
    return budgets;
  }

  public InMemorySignalRepository signals() {
    return signals;
  }

  public InMemoryCalamityRepository calamities() {
    return calamities;
  }

  public InMemoryInvestigationRepository investigations() {
    return investigations;
  }

  public InMemorySurveyStore surveys() {
    return surveys;
  }

  /** The monitoring figures' facts, answered from the assignments' and the claims' stores. */
  public InMemoryMonitoringFacts monitoringFacts() {
    return monitoringFacts;
  }
}
