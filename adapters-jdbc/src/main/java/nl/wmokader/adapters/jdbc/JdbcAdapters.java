package nl.wmokader.adapters.jdbc;

import static java.util.Objects.requireNonNull;

import io.vavr.control.Option;
import javax.sql.DataSource;
import nl.wmokader.core.DrivenPorts;
import nl.wmokader.core.WmoKader;
import nl.wmokader.core.WmoKaderBuilder;

/**
 * The JDBC adapter of every driven port over one {@link DataSource} (H2 or PostgreSQL), and a
 * {@link WmoKaderBuilder} wired to them: wiring the core on a database is
 *
 * <pre>{@code
 * WmoKaderSchema.migrate(dataSource);
 * WmoKader wmo = JdbcAdapters.over(dataSource).builder().clock(clock).ids(UUID::randomUUID).build();
 * }</pre>
 *
 * <p>The repositories stay reachable, for an application that reads a store directly (a
 * migration, a report). They hold no state of their own beyond the data source: build one set per
 * data source and share it.
 */
public final class JdbcAdapters {

  private final JdbcAuditTrail auditTrail;
  private final JdbcRegionRepository regions;
  private final JdbcProductRepository products;
  private final JdbcProviderRepository providers;
  private final JdbcContractRepository contracts;
  private final JdbcRefusalRepository refusals;
  private final JdbcSpendingReportRepository spendingReports;
  private final JdbcQualityDeclarationRepository qualityDeclarations;
  private final JdbcIndicationRepository indications;
  private final JdbcAssignmentRepository assignments;
  private final JdbcAssignmentRequestRepository assignmentRequests;
  private final JdbcClaimRepository claims;
  private final JdbcRecoveryRepository recoveries;
  private final JdbcBudgetRepository budgets;
  private final JdbcSignalRepository signals;
  private final JdbcCalamityRepository calamities;
  private final JdbcInvestigationRepository investigations;
  private final JdbcSurveyStore surveys;
  private final JdbcMonitoringFacts monitoringFacts;

  private JdbcAdapters(DataSource dataSource) {
    this.auditTrail = new JdbcAuditTrail(dataSource);
    this.regions = new JdbcRegionRepository(dataSource);
    this.products = new JdbcProductRepository(dataSource);
    this.providers = new JdbcProviderRepository(dataSource);
    this.contracts = new JdbcContractRepository(dataSource);
    this.refusals = new JdbcRefusalRepository(dataSource);
    this.spendingReports = new JdbcSpendingReportRepository(dataSource);
    this.qualityDeclarations = new JdbcQualityDeclarationRepository(dataSource);
    this.indications = new JdbcIndicationRepository(dataSource);
    this.assignments = new JdbcAssignmentRepository(dataSource);
    this.assignmentRequests = new JdbcAssignmentRequestRepository(dataSource);
    this.claims = new JdbcClaimRepository(dataSource);
    this.recoveries = new JdbcRecoveryRepository(dataSource);
    this.budgets = new JdbcBudgetRepository(dataSource);
    this.signals = new JdbcSignalRepository(dataSource);
    this.calamities = new JdbcCalamityRepository(dataSource);
    this.investigations = new JdbcInvestigationRepository(dataSource);
    this.surveys = new JdbcSurveyStore(dataSource);
    this.monitoringFacts = new JdbcMonitoringFacts(dataSource);
  }

  /** The adapters over {@code dataSource}, whose schema {@link WmoKaderSchema#migrate} keeps current. */
  public static JdbcAdapters over(DataSource dataSource) {
    return new JdbcAdapters(requireNonNull(dataSource, "dataSource"));
  }

  /** Every driven port, as {@link WmoKaderBuilder#ports} takes them: the survey's store and the monitoring facts included. */
  public DrivenPorts ports() {
    return new DrivenPorts(auditTrail, regions, products, providers, contracts, refusals, spendingReports,
        qualityDeclarations, indications, assignments, assignmentRequests, claims, recoveries, budgets, signals, calamities, investigations,
        Option.some(surveys), Option.some(monitoringFacts));
  }

  /** A builder with every driven port set; clock and identifiers are still the caller's. */
  public WmoKaderBuilder builder() {
    return WmoKader.builder().ports(ports());
  }

  public JdbcAuditTrail auditTrail() {
    return auditTrail;
  }

  public JdbcRegionRepository regions() {
    return regions;
  }

  public JdbcProductRepository products() {
    return products;
  }

  public JdbcProviderRepository providers() {
    return providers;
  }

  public JdbcContractRepository contracts() {
    return contracts;
  }

  public JdbcRefusalRepository refusals() {
    return refusals;
  }

  public JdbcSpendingReportRepository spendingReports() {
    return spendingReports;
  }

  public JdbcQualityDeclarationRepository qualityDeclarations() {
    return qualityDeclarations;
  }

  public JdbcIndicationRepository indications() {
    return indications;
  }

  public JdbcAssignmentRepository assignments() {
    return assignments;
  }

  public JdbcAssignmentRequestRepository assignmentRequests() {
    return assignmentRequests;
  }

  public JdbcClaimRepository claims() {
    return claims;
  }

  public JdbcRecoveryRepository recoveries() {
    return recoveries;
  }

  public JdbcBudgetRepository budgets() {
    return budgets;
  }

  public JdbcSignalRepository signals() {
    return signals;
  }

  public JdbcCalamityRepository calamities() {
    return calamities;
  }

  public JdbcInvestigationRepository investigations() {
    return investigations;
  }

  public JdbcSurveyStore surveys() {
    return surveys;
  }

  public JdbcMonitoringFacts monitoringFacts() {
    return monitoringFacts;
  }
}
