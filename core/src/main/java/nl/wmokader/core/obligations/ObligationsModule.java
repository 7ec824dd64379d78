package nl.wmokader.core.obligations;

import static java.util.Objects.requireNonNull;

import nl.wmokader.core.contracting.ContractingModule;
import nl.wmokader.core.obligations.application.DormantContractService;
import nl.wmokader.core.obligations.application.ObligationServices;
import nl.wmokader.core.obligations.domain.ObligationEvaluator;
import nl.wmokader.core.obligations.domain.ObligationTerms;
import nl.wmokader.core.obligations.port.in.DeclareQualityComplianceUseCase;
import nl.wmokader.core.obligations.port.in.EvaluateObligationsUseCase;
import nl.wmokader.core.obligations.port.in.GetRefusalUseCase;
import nl.wmokader.core.obligations.port.in.ListDormantContractsUseCase;
import nl.wmokader.core.obligations.port.in.ListRefusalsUseCase;
import nl.wmokader.core.obligations.port.in.RecordRefusalUseCase;
import nl.wmokader.core.obligations.port.in.ReportSpendingUseCase;
import nl.wmokader.core.obligations.port.out.ProviderActivity;
import nl.wmokader.core.obligations.port.out.QualityDeclarationRepository;
import nl.wmokader.core.obligations.port.out.QualityFindings;
import nl.wmokader.core.obligations.port.out.RefusalRepository;
import nl.wmokader.core.obligations.port.out.ReportableEvents;
import nl.wmokader.core.obligations.port.out.SpendingReportRepository;
import nl.wmokader.core.obligations.port.out.TurnoverSource;
import nl.wmokader.core.shared.Environment;

/**
 * The obligations subdomain's use cases, downstream of supervision: the yearly obligations of every
 * contract (acceptance duty, transformation, social return, quality framework, reporting duties)
 * and dormant contracts. Providers and contracts come from contracting's use cases; turnover,
 * activity, quality findings and reportable events come through the obligations' own ports, which
 * the composition answers from the upstream subdomains.
 */
public final class ObligationsModule {

  private final ObligationServices obligations;
  private final DormantContractService dormantContracts;

  /** What the obligations learn from the subdomains upstream of them. */
  public record Upstream(TurnoverSource turnover, ProviderActivity activity, QualityFindings qualityFindings,
                         ReportableEvents reportableEvents) {
    public Upstream {
      requireNonNull(turnover, "turnover");
      requireNonNull(activity, "activity");
      requireNonNull(qualityFindings, "qualityFindings");
      requireNonNull(reportableEvents, "reportableEvents");
    }
  }

  public ObligationsModule(RefusalRepository refusals, SpendingReportRepository spendingReports,
                           QualityDeclarationRepository qualityDeclarations, ContractingModule contracting,
                           Upstream upstream, ObligationTerms terms, Environment environment) {
    this.obligations = new ObligationServices(contracting.getProvider(), contracting.listProviders(),
        contracting.listContracts(), refusals, spendingReports, qualityDeclarations, upstream.turnover(),
        upstream.activity(), upstream.qualityFindings(), upstream.reportableEvents(),
        new ObligationEvaluator(terms, environment.calendar()), environment.clock(), environment.ids(),
        environment.access());
    this.dormantContracts = new DormantContractService(contracting.getProvider(), contracting.listProviders(),
        contracting.listContracts(), upstream.activity(), terms, environment.clock(), environment.access());
  }

  public RecordRefusalUseCase recordRefusal() {
    return obligations;
  }

  public GetRefusalUseCase getRefusal() {
    return obligations;
  }

  public ListRefusalsUseCase listRefusals() {
    return obligations;
  }

  public ReportSpendingUseCase reportSpending() {
    return obligations;
  }

  public DeclareQualityComplianceUseCase declareQualityCompliance() {
    return obligations;
  }

  public EvaluateObligationsUseCase evaluateObligations() {
    return obligations;
  }

  public ListDormantContractsUseCase listDormantContracts() {
    return dormantContracts;
  }
}
