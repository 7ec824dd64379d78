package nl.wmokader.core;

import static java.util.Objects.requireNonNull;

import io.vavr.control.Option;

import nl.wmokader.core.audit.port.out.AuditTrail;
import nl.wmokader.core.catalogue.port.out.ProductRepository;
import nl.wmokader.core.contracting.port.out.ContractRepository;
import nl.wmokader.core.contracting.port.out.ProviderRepository;
import nl.wmokader.core.indication.port.out.AssignmentRepository;
import nl.wmokader.core.indication.port.out.AssignmentRequestRepository;
import nl.wmokader.core.indication.port.out.IndicationRepository;
import nl.wmokader.core.monitoring.port.out.MonitoringFacts;
import nl.wmokader.core.monitoring.port.out.SurveyStore;
import nl.wmokader.core.obligations.port.out.QualityDeclarationRepository;
import nl.wmokader.core.obligations.port.out.RefusalRepository;
import nl.wmokader.core.obligations.port.out.SpendingReportRepository;
import nl.wmokader.core.region.port.out.RegionRepository;
import nl.wmokader.core.settlement.port.out.BudgetRepository;
import nl.wmokader.core.settlement.port.out.ClaimRepository;
import nl.wmokader.core.settlement.port.out.RecoveryRepository;
import nl.wmokader.core.supervision.port.out.CalamityRepository;
import nl.wmokader.core.supervision.port.out.InvestigationRepository;
import nl.wmokader.core.supervision.port.out.SignalRepository;

/**
 * Every store the library needs, handed over as one value by an adapter ({@code InMemoryAdapters},
 * {@code JdbcAdapters}) to {@link WmoKaderBuilder#ports}: the list of driven ports is written out
 * once per adapter, not again in every application that wires one. In upstream order of the
 * subdomains. The survey's store and the monitoring figures' facts are optional ({@code
 * Option.none()}: the installation keeps no survey, computes no figures), so that an adapter without
 * them (an embedder's own) hands over the others alone. The in-memory adapters keep both; the JDBC
 * adapter keeps the survey and, today, no figures' facts.
 */
public record DrivenPorts(
    AuditTrail auditTrail,
    RegionRepository regions,
    ProductRepository products,
    ProviderRepository providers,
    ContractRepository contracts,
    RefusalRepository refusals,
    SpendingReportRepository spendingReports,
    QualityDeclarationRepository qualityDeclarations,
    IndicationRepository indications,
    AssignmentRepository assignments,
    AssignmentRequestRepository assignmentRequests,
    ClaimRepository claims,
    RecoveryRepository recoveries,
    BudgetRepository budgets,
    SignalRepository signals,
    CalamityRepository calamities,
    InvestigationRepository investigations,
    Option<SurveyStore> surveys,
    Option<MonitoringFacts> monitoringFacts) {

  public DrivenPorts {
    requireNonNull(auditTrail, "auditTrail");
    requireNonNull(regions, "regions");
    requireNonNull(products, "products");
    requireNonNull(providers, "providers");
    requireNonNull(contracts, "contracts");
    requireNonNull(refusals, "refusals");
    requireNonNull(spendingReports, "spendingReports");
    requireNonNull(qualityDeclarations, "qualityDeclarations");
    requireNonNull(indications, "indications");
    requireNonNull(assignments, "assignments");
    requireNonNull(assignmentRequests, "assignmentRequests");
    requireNonNull(claims, "claims");
    requireNonNull(recoveries, "recoveries");
    requireNonNull(budgets, "budgets");
    requireNonNull(signals, "signals");
    requireNonNull(calamities, "calamities");
    requireNonNull(investigations, "investigations");
    requireNonNull(surveys, "surveys");
    requireNonNull(monitoringFacts, "monitoringFacts");
  }

  /** Every port but the figures' facts, for an adapter that keeps a survey and computes no figures. */
  public DrivenPorts(AuditTrail auditTrail, RegionRepository regions, ProductRepository products,
                     ProviderRepository providers, ContractRepository contracts, RefusalRepository refusals,
                     SpendingReportRepository spendingReports, QualityDeclarationRepository qualityDeclarations,
                     IndicationRepository indications, AssignmentRepository assignments,
                     AssignmentRequestRepository assignmentRequests, ClaimRepository claims,
                     RecoveryRepository recoveries, BudgetRepository budgets, SignalRepository signals,
                     CalamityRepository calamities, InvestigationRepository investigations,
                     Option<SurveyStore> surveys) {
    this(auditTrail, regions, products, providers, contracts, refusals, spendingReports, qualityDeclarations,
        indications, assignments, assignmentRequests, claims, recoveries, budgets, signals, calamities, investigations, surveys,
        Option.none());
  }

  /** Every port but the survey's and the figures' facts, for an adapter that keeps neither. */
  public DrivenPorts(AuditTrail auditTrail, RegionRepository regions, ProductRepository products,
                     ProviderRepository providers, ContractRepository contracts, RefusalRepository refusals,
                     SpendingReportRepository spendingReports, QualityDeclarationRepository qualityDeclarations,
                     IndicationRepository indications, AssignmentRepository assignments,
                     AssignmentRequestRepository assignmentRequests, ClaimRepository claims,
                     RecoveryRepository recoveries, BudgetRepository budgets, SignalRepository signals,
                     CalamityRepository calamities, InvestigationRepository investigations) {
    this(auditTrail, regions, products, providers, contracts, refusals, spendingReports, qualityDeclarations,
        indications, assignments, assignmentRequests, claims, recoveries, budgets, signals, calamities, investigations, Option.none(),
        Option.none());
  }
}
