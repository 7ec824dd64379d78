package nl.wmokader.adapters.rest.obligations;

import io.vavr.collection.Set;
import java.time.LocalDate;
import java.util.UUID;
import nl.wmokader.adapters.rest.ApiRoutes;
import nl.wmokader.adapters.rest.RestOptions;
import nl.wmokader.adapters.rest.testing.TestServer;
import nl.wmokader.core.contracting.ContractingGen;
import nl.wmokader.core.contracting.domain.Contract;
import nl.wmokader.core.contracting.domain.ContractId;
import nl.wmokader.core.contracting.domain.ProcurementPeriods;
import nl.wmokader.core.inmemory.InMemoryContractRepository;
import nl.wmokader.core.inmemory.InMemoryProviderActivity;
import nl.wmokader.core.inmemory.InMemoryProviderRepository;
import nl.wmokader.core.inmemory.InMemoryQualityDeclarationRepository;
import nl.wmokader.core.inmemory.InMemoryQualityFindings;
import nl.wmokader.core.inmemory.InMemoryRefusalRepository;
import nl.wmokader.core.inmemory.InMemoryReportableEvents;
import nl.wmokader.core.inmemory.InMemorySpendingReportRepository;
import nl.wmokader.core.inmemory.InMemoryTurnoverSource;
import nl.wmokader.core.obligations.application.DormantContractService;
import nl.wmokader.core.obligations.application.ObligationServices;
import nl.wmokader.core.obligations.domain.ObligationEvaluator;
import nl.wmokader.core.obligations.domain.ObligationTerms;
import nl.wmokader.core.obligations.domain.QualityDeclaration;
import nl.wmokader.core.obligations.domain.Refusal;
import nl.wmokader.core.obligations.domain.SpendingReport;
import nl.wmokader.core.shared.AccessPolicy;
import nl.wmokader.core.shared.AgbCode;
import nl.wmokader.core.shared.DateRange;
import nl.wmokader.core.shared.WorkingDayCalendar;
import nl.wmokader.core.testing.MutableClock;
import nl.wmokader.core.testing.SequentialIds;

/**
 * The obligation routes over their services, built directly on fresh in-memory adapters (the facade
 * does not wire them yet), on a random port; today is 1 February 2026. The dozen reference providers
 * are registered; Maasoever (98000001) is contracted 2024-2028, Lindehof (98000002) 2026-2028.
 */
final class ObligationApi implements AutoCloseable {
  static final LocalDate TODAY = LocalDate.of(2026, 2, 1);
  static final String MAASOEVER = "98000001";
  static final String LINDEHOF = "98000002";
  static final String PEELRAND = "98000003";
  static final String BASE = "/api/v1/providers/" + MAASOEVER;
  static final String REFUSALS = BASE + "/refusals";
  static final String SPENDING = BASE + "/spending-reports";
  static final String DECLARATIONS = BASE + "/quality-declarations";
  static final String EVALUATIONS = BASE + "/obligation-evaluations";
  static final String DORMANT = "/api/v1/dormant-contracts";
  static final String AS_MAASOEVER = "provider:" + MAASOEVER;
  static final String AS_LINDEHOF = "provider:" + LINDEHOF;

  final MutableClock clock = new MutableClock(TODAY);
  final InMemoryProviderRepository providers = new InMemoryProviderRepository();
  final InMemoryContractRepository contracts = new InMemoryContractRepository();
  final InMemoryRefusalRepository refusals = new InMemoryRefusalRepository();
  final InMemorySpendingReportRepository spending = new InMemorySpendingReportRepository();
  final InMemoryQualityDeclarationRepository declarations = new InMemoryQualityDeclarationRepository();
  final InMemoryTurnoverSource turnover = new InMemoryTurnoverSource();
  final InMemoryProviderActivity activity = new InMemoryProviderActivity();
  final InMemoryQualityFindings findings = new InMemoryQualityFindings();
  final InMemoryReportableEvents events = new InMemoryReportableEvents();
  final java.util.List<ApiRoutes> routes;
  final TestServer server;

  /** What is stored, to check that a refused request changed nothing. */
  record Stored(Set<Refusal> refusals, Set<SpendingReport> spending, Set<QualityDeclaration> declarations) {}

  ObligationApi() {
    this(TestServer.options());
  }

  ObligationApi(RestOptions options) {
    ContractingGen.referenceProviders().forEach(p -> providers.save(p).get());
    contract(1, MAASOEVER, ProcurementPeriods.PERIOD_2024_2025);
    contract(2, MAASOEVER, ProcurementPeriods.PERIOD_2026_2028);
    contract(3, LINDEHOF, ProcurementPeriods.PERIOD_2026_2028);
    ObligationServices obligations = new ObligationServices(ContractingGen.providersIn(providers), ContractingGen.providersIn(providers),
        ContractingGen.contractsIn(contracts), refusals, spending, declarations, turnover,
        activity, findings, events, new ObligationEvaluator(ObligationTerms.reference(), WorkingDayCalendar.generalTermsAct()),
        clock, new SequentialIds(), AccessPolicy.standard());
    DormantContractService dormant = new DormantContractService(ContractingGen.providersIn(providers),
        ContractingGen.providersIn(providers), ContractingGen.contractsIn(contracts), activity, ObligationTerms.reference(), clock, AccessPolicy.standard());
    routes = java.util.List.of(
        new ObligationRoutes(obligations, obligations, obligations, obligations, obligations, obligations),
        new DormantContractRoutes(dormant));
    server = TestServer.start(options, routes);
  }

  private void contract(int n, String provider, DateRange period) {
    contracts.save(Contract.builder().id(new ContractId(new UUID(3, n))).provider(AgbCode.of(provider)).period(period).build()).get();
  }

  /** Posts as {@code actor}, failing the test unless {@code status} answers. */
  TestServer.Reply posted(String path, String actor, String body, int status) {
    TestServer.Reply reply = server.post(path, actor, body);
    if (reply.status() != status) {
      throw new IllegalStateException("expected " + status + " from " + path + ": " + reply);
    }
    return reply;
  }

  Stored stored() {
    return new Stored(refusals.all().toSet(), spending.all().toSet(), declarations.all().toSet());
  }

  @Override
  public void close() {
    server.close();
  }
}
