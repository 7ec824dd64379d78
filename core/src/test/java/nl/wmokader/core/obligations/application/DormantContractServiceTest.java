package nl.wmokader.core.obligations.application;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.UUID;
import nl.wmokader.core.contracting.ContractingGen;
import nl.wmokader.core.contracting.domain.Contract;
import nl.wmokader.core.contracting.domain.ContractId;
import nl.wmokader.core.contracting.domain.Provider;
import nl.wmokader.core.inmemory.InMemoryContractRepository;
import nl.wmokader.core.inmemory.InMemoryProviderActivity;
import nl.wmokader.core.inmemory.InMemoryProviderRepository;
import nl.wmokader.core.obligations.application.DormantContractService;
import nl.wmokader.core.obligations.domain.DormantContract;
import nl.wmokader.core.obligations.domain.ObligationTerms;
import nl.wmokader.core.obligations.port.in.ListDormantContractsQuery;
import nl.wmokader.core.shared.AccessPolicy;
import nl.wmokader.core.shared.Actor;
import nl.wmokader.core.shared.AgbCode;
import nl.wmokader.core.shared.CommonError;
import nl.wmokader.core.shared.DateRange;
import nl.wmokader.core.shared.ErrorKind;
import nl.wmokader.core.shared.MunicipalityCode;
import nl.wmokader.core.shared.Page;
import nl.wmokader.core.shared.PageRequest;
import nl.wmokader.core.testing.MutableClock;
import nl.wmokader.core.testing.Results;
import org.junit.jupiter.api.Test;

/** Dormant contracts on examples; today is 1 March 2026, the reference term 12 months. */
class DormantContractServiceTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 3, 1);
  private static final DateRange PERIOD = DateRange.of(LocalDate.of(2024, 1, 1), LocalDate.of(2028, 12, 31));

  private final MutableClock clock = new MutableClock(TODAY);
  private final InMemoryProviderRepository providers = new InMemoryProviderRepository();
  private final InMemoryContractRepository contracts = new InMemoryContractRepository();
  private final InMemoryProviderActivity activity = new InMemoryProviderActivity();
  private final DormantContractService service =
      new DormantContractService(ContractingGen.providersIn(providers),
        ContractingGen.providersIn(providers), ContractingGen.contractsIn(contracts), activity, ObligationTerms.reference(), clock, AccessPolicy.standard());

  DormantContractServiceTest() {
    ContractingGen.referenceProviders().forEach(p -> Results.right(providers.save(p)));
  }

  private static AgbCode agb(int n) {
    return ContractingGen.referenceProviders().get(n - 1).agb();
  }

  private Contract contract(int n, int provider, DateRange period) {
    return Results.right(contracts.save(Contract.builder().id(new ContractId(new UUID(2, n))).provider(agb(provider))
        .period(period).build()));
  }

  private Page<DormantContract> list(Actor actor, PageRequest page) {
    return Results.right(service.listDormantContracts(actor, new ListDormantContractsQuery(page)));
  }

  @Test
  void a_contract_is_dormant_from_twelve_months_after_the_providers_last_client() {
    Contract quiet = contract(1, 1, PERIOD);
    contract(2, 2, PERIOD);
    activity.hadClient(agb(1), DateRange.of(LocalDate.of(2024, 2, 1), LocalDate.of(2025, 3, 1)));
    activity.hadClient(agb(2), DateRange.of(LocalDate.of(2024, 2, 1), LocalDate.of(2025, 3, 2)));
    Page<DormantContract> page = list(Actor.region(), PageRequest.first());
    assertThat(page.items()).containsExactly(new DormantContract(quiet.id(), agb(1), PERIOD,
        Option.some(LocalDate.of(2025, 3, 1)), LocalDate.of(2025, 3, 1)));
    assertThat(page.total()).isEqualTo(1);
  }

  @Test
  void a_provider_that_never_had_a_client_is_quiet_since_its_first_contract() {
    Contract old = contract(1, 3, DateRange.of(LocalDate.of(2025, 3, 1), LocalDate.of(2028, 12, 31)));
    contract(2, 4, DateRange.of(LocalDate.of(2025, 3, 2), LocalDate.of(2028, 12, 31)));
    assertThat(list(Actor.supervisor(), PageRequest.first()).items()).containsExactly(new DormantContract(old.id(), agb(3),
        old.period(), Option.none(), LocalDate.of(2025, 3, 1)));
  }

  @Test
  void a_provider_with_a_client_today_or_a_contract_not_in_force_today_is_not_listed() {
    contract(1, 1, PERIOD);
    activity.hadClient(agb(1), DateRange.from(LocalDate.of(2020, 1, 1)));
    contract(2, 2, DateRange.of(LocalDate.of(2020, 1, 1), LocalDate.of(2026, 2, 28)));
    contract(3, 3, DateRange.of(LocalDate.of(2026, 3, 2), LocalDate.of(2028, 12, 31)));
    Contract terminated = contract(4, 5, PERIOD);
    Results.right(contracts.save(terminated.terminate(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 1)).get()));
    assertThat(list(Actor.region(), PageRequest.first()).items()).isEmpty();
  }

  @Test
  void the_list_is_ordered_by_provider_and_paged() {
    for (int n = 1; n <= 6; n++) {
      contract(n, 7 - n, PERIOD);
    }
    Page<DormantContract> second = list(Actor.municipality(MunicipalityCode.of("0828")), new PageRequest(1, 4));
    assertThat(second.total()).isEqualTo(6);
    assertThat(second.items().map(DormantContract::provider)).containsExactly(agb(5), agb(6));
  }

  @Test
  void the_number_of_months_is_configuration() {
    contract(1, 1, PERIOD);
    activity.hadClient(agb(1), DateRange.of(LocalDate.of(2024, 2, 1), LocalDate.of(2025, 12, 1)));
    DormantContractService threeMonths = new DormantContractService(ContractingGen.providersIn(providers),
        ContractingGen.providersIn(providers), ContractingGen.contractsIn(contracts), activity,
        ObligationTerms.reference().withDormancyMonths(3), clock, AccessPolicy.standard());
    assertThat(Results.right(threeMonths.listDormantContracts(Actor.region(), new ListDormantContractsQuery(PageRequest.first())))
        .items()).hasSize(1);
    assertThat(list(Actor.region(), PageRequest.first()).items()).isEmpty();
  }

  @Test
  void providers_may_not_list_dormant_contracts_and_a_page_is_required() {
    Provider any = ContractingGen.referenceProviders().head();
    Results.left(service.listDormantContracts(Actor.provider(any.agb()), new ListDormantContractsQuery(PageRequest.first())),
        CommonError.Forbidden.class);
    Results.leftOfKind(service.listDormantContracts(Actor.region(), new ListDormantContractsQuery(null)), ErrorKind.INVALID_INPUT);
    Results.leftOfKind(service.listDormantContracts(Actor.region(), null), ErrorKind.INVALID_INPUT);
  }
}
